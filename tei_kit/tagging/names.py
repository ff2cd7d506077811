"""Persons, places and organisations: authority look-up first, then rules for the rest.

The rules, in the order they propose candidates (overlaps are resolved afterwards, longest
first, then by how sure the source is):

1. authority names and variants (longest match over tokens; ALL CAPS and letter-spaced
   forms too);
2. the gazetteer (GeoNames data) for places, hyphenated pairs split ("Pyongyang-Voroshilov");
3. organisation shapes: acronym chains ("KWP CC Presidium", "USSR MFA"), head nouns with
   modifiers or an ``of`` complement ("Second Asia Department", "Ministry of Foreign
   Affairs", "DPRK government", "Chinese Embassy"), stopping before "in/to X";
4. person shapes: runs of capitalised words that are not common English words, initials
   plus surname, Korean/Chinese family-name-first names, names after role cues
   ("Comrade", "Deputy Premier"), and a surname alone once its full name was seen.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..model import Mention
from ..telegram import SUBJECT_LABEL
from . import lexicon as lx

_TOKEN = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*|\d+(?:st|nd|rd|th|ST|ND|RD|TH)\b|\d+|\S")
_LANGUAGE = re.compile(r"(?:ian|ese|ish|ic)$")
_ARTICLE_NAME = re.compile(r"^(?:Al|El|Ad|As|Ash|Ar|An|At|Az|Ibn|Abu|Abd|Bin|Ben)-")
_SURNAME_ENDING = re.compile(
    r"(?:ov|ova|ev|eva|yov|in|ina|sky|skiy|ski|ska|skaya|ich|vich|ović|ovic|ević|evic|ić|enko|chuk|yan|ian|"
    r"dze|shvili|escu|eanu|ak|ek|ik|czyk|wicz|ny|ný|né|ová|ic|nyi|lyi|ssy|nski|ń)$")
#: Adjectives of regions in a unit's name: "Department of Latin American Countries", "Arab Affairs".
_REGION_ADJECTIVES = frozenset("latin arab nordic slavic balkan baltic scandinavian caribbean andean iberian "
                               "mediterranean oceanian".split())
#: French heads of bodies whose names go on in lowercase ("Agence guinéenne de presse"), and the French
#: words that link the parts of such a name.
_FRENCH_ORG_HEADS = frozenset("Office Banque Front Union Parti Mouvement Comité Conseil Société Compagnie Agence Institut Mission"
                              " Fonds Organisation"
                              " Rassemblement Confédération Fédération Association Assemblée Armée Régie Ministère"
                              " Direction École Université Syndicat Centrale Commissariat Caisse Radiodiffusion"
                              " Ligue Gouvernement Présidence Secrétariat Bureau Gendarmerie Bloc Garde Forces Armées"
                              " Comite Societe Ministere Assemblee Armee Regie Ecole Universite Presidence"
                              " Collège Lycée Voix Nonciature".split())
# (and without their accents, as cables print them: "Comite de l'Unite Togolaise")
_FRENCH_LINKS = frozenset("de du des la le les l' d' pour et à".split())
#: A name with its elided article or preposition written on: "d'Algérie", "l'Ouest".
_ELIDED_ARTICLE_NAME = re.compile(r"[dl]['’][A-ZÀ-Ý]\w+")
#: Adjectives French and English share, which may end a French body's name: "Conseil législatif national".
_FRENCH_ENGLISH_ADJECTIVES = frozenset("national international central social".split())
#: Common nouns of a body's kind before its name in quotation marks: 'the cooperative "Red Flag"'.
_KIND_NOUNS = frozenset("cooperative kolkhoz sovkhoz negdel farm works factory plant mill mine combine enterprise association"
                        " trust firm company club society union ensemble theatre publisher ship steamer".split())
#: Ships among them: a ship's name names nothing (see the annotation guide).
_VESSEL_NOUNS = frozenset("ship steamer".split())
#: Prefixes of warships' and merchant ships' names: "HMS Hermes", "USS Pueblo", "HMAS Sydney".
_SHIP_PREFIXES = frozenset("HMS USS HMAS HMCS HMNZS RMS HMY".split())
#: Nouns that only a body's name follows, even without quotation marks: "the association
#: Interatominstrument", "the trust Darkhanstroi" (and "power station": "the power station Dolna Odra").
_BARE_KIND_NOUNS = frozenset("association trust".split())
#: Periodicals whose title follows in quotation marks: 'the bulletin "Chronicle of the Catholic Church in Lithuania"'.
_QUOTED_TITLE_NOUNS = frozenset("bulletin newspaper paper journal magazine daily weekly monthly".split())
#: Verbs that only a person does, after a name: "Holloway informs me" (a town's name there is a man's).
_SPEECH_VERBS = frozenset("said says told tells informs informed replied replies asked asks added adds".split())
#: Words before a code name or alias: "the agent BRUNO", 'the collaborator "Rolf"'; after the last
#: three only a name in quotation marks is one ('calls himself "Uwe"').
_QUOTED_NAME_CUES = frozenset("himself herself alias nickname nicknamed pseudonym".split())
_CODE_NAME_CUES = frozenset("agent agents collaborator informer informant source resident codenamed "
                            "code-named".split()) | _QUOTED_NAME_CUES
#: Lowercase words inside a body's name spelled out before its acronym.
_EXPANSION_LINKS = frozenset("of for the and on in de del la los las des du di".split())
#: Articles that open a periodical's name after "the paper": "A Classe Operária", "O Globo", "Die Zeit".
_PAPER_ARTICLES = frozenset("A O Die Der Das Le Les The To Ta Het".split())  # La, Il, El: _ROMANCE_ARTICLES
#: Political groups gathered "around" a man: "the minority of the SKP around Taisto Sinisalo", "a group around
#: Hossein Makki" (not a place, as in "fighting around Da Nang").
_GROUP_NOUNS = frozenset("group groups circle circles faction factions wing minority majority dissidents opposition"
                         " clique supporters followers leadership democrats socialists communists nationalists"
                         " émigrés emigres intellectuals officers generals colonels soldiers".split())
#: Lowercase nouns of a territory after its name: "Dolyna raion", "the Kakheti and Imereti districts".
_TERRITORY_PLURALS = frozenset("raions rayons oblasts districts provinces counties prefectures okrugs aimags somons".split())
_TERRITORY_NOUNS = _TERRITORY_PLURALS | frozenset("raion rayon oblast okrug uyezd volost aimag somon krai".split())
#: Languages that are no people's adjective (those are known as demonyms): "in Hebrew", "from the Yiddish".
_LANGUAGE_NAMES = frozenset((w,) for w in "hebrew yiddish latin esperanto sanskrit swahili amharic urdu hindi pashto "
                            "kiswahili luganda dari farsi tagalog catalan basque gaelic bengali cyrillic wade-giles pinyin "
                            "afrikaans kinyarwanda kirundi sango lingala wolof hausa fijian samoan tongan bislama".split())
# and a script or a romanisation: "in Cyrillic", "in Wade-Giles"
#: Colours that open a place's name in translation: "White Drin", "Black Sea", "Red River".
_COLOUR_WORDS = frozenset("white black red green yellow blue golden".split())
#: The five branches of government of the Republic of China: "the Executive Yuan".
_YUAN_KINDS = frozenset("Executive Legislative Control Judicial Examination".split())
#: Japanese words for a firm after its name: "Mitsubishi Shoji", "Mitsui Bussan", "Nippon Kokan", "Hitachi Zosen".
_JAPANESE_FIRM_WORDS = frozenset("Shoji Bussan Kokan Sangyo Kogyo Jukogyo Denki Denko Seitetsu Zosen Tsusho "
                                 "Kaisha Ginko Seiko Kisen Koku Gyogyo Suisan".split())
#: The last word of a building's name ("Xihua Hall", "the Metropol Hotel"): a building is not tagged. The
#: facilities that are no building (works, roads, squares) may end a place's or a body's name.
_BUILDING_HEADS = lx.FACILITY_WORDS - frozenset(
    "dam bridge airport airfield station square street avenue boulevard park plant factory mine".split())
#: Heads whose "of" names a town, whatever its name: "the University of Huamanga", "the University of San
#: Cristóbal de Huamanga".
_TOWN_NAMED_HEADS = frozenset(("university", "universities"))
#: Words of a faith, inside a body's name: "Department of Islamic Affairs", "Council of Buddhist Affairs".
_FAITH_WORDS = frozenset("islamic muslim moslem buddhist jewish christian hindu sikh".split())
#: A street's or a square's last word, capitalised: the name before it and the word make a place.
_STREET_HEADS = frozenset("street avenue square boulevard road prospekt".split())
#: Geographical nouns in lowercase after a name, which is then a place's: "the Mu Gia pass", "the Se Kong
#: river", "the Meng-Mao area".
_LOWER_GEO_HEADS = frozenset("""pass river valley plateau plain delta lake mountains range gorge ford estuary bay
    strait region district province basin highlands area sector crossing heights hills island islands peninsula
    coast canal stream creek township townships districts provinces counties villages rivers""".split())
#: Officials and people "of" a place, after the place's kind: "the county chief of Kŏje", "the village heads of
#: Kohyŏn", "the township head of Yŏnch'o"; and officials of a town or province alone: "the mayor of X".
#: (and its clergy: "the pastor of Esztár", "the bishop of Csanád").
_LOCAL_OFFICIALS = frozenset("chief chiefs head heads elder elders people inhabitants residents peasants "
                             "committee committees council councils soviet soviets "
                             "authorities".split())
_TOWN_OFFICIALS = frozenset("mayor governor governors burgomaster prefect pastor priest vicar parson bishop "
                            "archbishop rabbi imam militia".split())
#: Labels of the line that says where minutes were taken: "Location: Zhongnanhai".
_VENUE_LABELS = frozenset("location place venue".split())
#: Heads of works that their town names: "Huta Warszawa", "Stocznia Gdańska".
_WORKS_HEADS = frozenset({"Huta", "Stocznia", "Zakłady", "Ingenio", "Central"})
#: Czech and Slovak words for a paper, lowercase after the capitalised word of its name: "Mladá fronta",
#: "Zemědělské noviny", "Ostravský večerník", "Literární listy", "Rudé právo", "Svobodné slovo".
_SLAVIC_PAPER_WORDS = frozenset("fronta noviny listy večerník právo slovo svoboda demokracie mládež obrana mysl "
                                "zhivot zhizn pravda zvezda delo tiesa dnevnik poročevalec porocevalec vjesnik glas"
                                " novosti vestnik zname"
                                .split())  # and Bulgarian and Russian: "Nov zhivot"
#: Words before "of" and a place's name, besides lexicon.PLACE_NOUNS_BEFORE_OF: "the coast of Minh Hai".
_SHORE_WORDS = frozenset("coast coasts shore shores banks estuary mouth delta".split())
#: Soviet design bureaus and research institutes known by a number after a hyphen: "KB-11", "OKB-1",
#: "NII-88", "TsNII-58", "SKB-245".
_SOVIET_DESIGN_BODIES = frozenset("KB OKB SKB GSKB TsKB NII TsNII VNII GSNII NIIP OKBM TsAGI".split())
#: Capitalised second words of a paper's or a movement's name of two words, after a word that is not
#: English: "Maeil Sinbo", "Chosun Inminbo", "Kansan Uutiset", "Helsingin Sanomat", "Mundo Obrero",
#: "Potere Operaio", "Saigon Giai Phong", "Quan Doi Nhan Dan" (Vietnamese: liberation, people).
_PAPER_SECOND_WORDS = frozenset("Sinbo Inminbo Uutiset Sanomat Obrero Obrera Operaio Operaia Ouvrier Ouvrière "
                                "Phong Dan Hääl Vostoka Kommunist Komunisti Kommunisti".split())
#: The feminine adjective that opens a Soviet paper's name before a country or a paper's word:
#: "Radianska Ukraina", "Sovetskaya Estoniya", "Komsomolskaya Pravda", "Literaturuli Sakartvelo".
_PAPER_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ska|skaya|na|naya|aya|uli)$")
#: Paper's words after such an adjective (besides a country the gazetteer knows).
_PAPER_NOUNS = frozenset("Pravda Gazeta Zvezda Zarya Ukraina Ukrainy Rossiya Estoniya Latviya Litva Moldaviya "
                         "Belorussiya Sakartvelo Kirgiziya Tatariya".split())
#: The Vietnamese words before "Phong" and "Dan" in such names.
_VIETNAMESE_PAPER_FIRST = frozenset("Giai Nhan Tien".split())
#: Surname endings no place name of two words ends in: "Branimir Jelić", "Ivan Petrov" (but "-ski" does:
#: "Lwówek Śląski").
_SLAVIC_SURNAME = re.compile(r"(?:ić|vich|enko|shvili|dze|escu|wicz|ov|ova|ev|eva|ský|ská|opoulos|akis|idis|iadis)$")  # and Greek ones
#: A Spanish patronymic with its accent: "Méndez", "Pérez", "Fernández" (a surname after a name, no town).
_IBERIAN_SURNAME = re.compile(r"[A-ZÁÉÍÓÚ][a-zñ]*[áéíóú][a-zñ]*ez$")
_LOWER_PARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|an|at|az|ul|us|ud|ur|es|ibn|bin|abu|abd|ben|bint)-[A-Z]")
_ELIDED = re.compile(r"^(?:l|d|dell|all|sull|nell)['’][A-ZÀ-Ý]")
#: An Arabic name with its article: "al-Ahram", "al-Mahra", "el-Arish" (a capitalised word for the rules).
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|an|at|az|ath|ed|es|ez)-[A-Z]")
#: The same, capitalised, as a paper's name starts: "Al-Qabas", "Al-Watan".
_CAPITAL_ARABIC_ARTICLE = re.compile(r"^(?:Al|El|Ar|As|Ash|An|Ad)-[A-Z]")
_CAMEL = re.compile(r"^[A-Z][a-z]+[A-Z]")
_NAME_PREFIX = re.compile(r"^(?:Mc|Mac|De|Di|Da|Le|La|Van|Von|Fitz|O'|O’|D'|D’)[A-Z]")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th|ST|ND|RD|TH)$")
_NUMBER_WORD = re.compile(r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|"
                          r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)"
                          r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?$")  # not "Eighteen-Nation"
_ORDINAL_WORD = re.compile(r"^(?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                           r"eleventh|twelfth|[a-z]+teenth|[a-z]+ieth)$")
_POSSESSIVE = ("'s", "’s", "'S", "’S")
#: Plural nouns whose possessive stays inside an org's name: "People's", "Women's".
_POSSESSORS = ("people", "workers", "peoples", "women", "fishermen", "peasants", "farmers", "miners", "teachers",
               "writers", "journalists", "students", "veterans", "seamen", "railwaymen", "children",
               "sultan", "king", "queen", "emir", "shah")  # "the Sultan's Armed Forces", "the King's African Rifles"
#: Two-letter initials of Mongolian and Russian names ("Ch. Dashdavaa", "Yu. V. Andropov", "Iv. Bashev").
_DIGRAPH_INITIALS = frozenset(
    "Ch Sh Ts Zh Kh Yu Ya Yo Ye Dz Gy Sz Ly Ny Th Ph Dj Gh St Vl Wł Iv Al Gr Dm Hr Lj Nj Dž Dsh Kr Tz"
    " Xh Ll Gj Dh Rr"  # Albanian: "Fatos Xh. Gjika", "Tefta Ll. Ndoja"
    # abbreviated given names: "Jens Chr. Hauge", "Ernesto Ma. Dimaculangan", "Mohd. Yusof bin Ahmad"
    " Chr Wm Chas Geo Jos Jas Ma Mohd Muhd Md Abd".split())
#: Org heads that make a name in lowercase too: "the Soviet government", "the Polish embassy".
_LOWERCASE_ORG_HEADS = frozenset({"government", "embassy", "ministry", "legation"})

#: A Korean place name with the romanised unit: village (-ri, -ni), quarter (-dong), county
#: (-gun, -kun), township (-myon), town (-up, -eup), city (-si), province (-do).
#: A Persian place name with its izafe (or "and") between hyphens: "Mazar-i-Sharif", "Pul-i-Khumri",
#: "Dasht-e-Kavir", "Khost-o-Fereng".
_IZAFE_PLACE = re.compile(r"^[A-Z][a-z]+-(?:i|e|o)-[A-Z][a-z]+$")
#: The same with the word for a body first, a body's name: "Bank-i-Millie", "Hizb-i-Islami", "Jamiat-i-Ulema".
_IZAFE_BODY_HEADS = frozenset("bank hizb hezb jamiat jamiyat jamiat sazman ittehad ittihad jabha jebhe tanzim"
                              " majlis anjuman shura markaz".split())
#: Mongolian geographical heads after the name: "Kherlen Gol", "Bogd Uul", "Khövsgöl Nuur".
_MONGOLIAN_GEO_HEADS = frozenset({"gol", "uul", "nuur"})
#: The same units as words of their own, after the name: "Kuyon ri", "Sinuiju dong".
_KOREAN_UNITS = frozenset("ri ni dong myon myŏn kun eup".split())
_KOREAN_PLACE = re.compile(r"^[A-Z][a-zŏŭ'’]+-(?:ri|ni|dong|gun|kun|myon|myŏn|up|eup|si|do)$")

#: Heads that open a body's name in another language, before capitalised adjectives ("Frente
#: Amplio", "Pemerintah Revolusioner Republik Indonesia") or a link word ("Office du Niger",
#: "Banque de France", "Corriere della Sera").
_FOREIGN_ORG_HEADS = frozenset(
    # French
    "Crédit Jeunesse Phalanges "  # and _FRENCH_ORG_HEADS, below
    # Spanish and Portuguese ("Radio Nacional de Angola", "Jornal de Angola")
    "Radio Rádio Jornal Diario Diário Banco Partido Frente Movimiento Movimento Unión União Consejo Conselho "
    "Instituto Empresa Compañía Companhia Asociación Associação Confederación Confederação Federación Federação "
    "Ministerio Ministério Universidad Universidade Comisión Comissão Junta Fuerzas Forças Ejército Exército "
    "Comando Correio Congreso Comisiones Juventud Juventude Petróleos Petróleo Yacimientos Ferrocarriles Ferrocarril "
    "Aerolíneas Aeronaves Líneas Corporación Corporação Sociedad Sociedade Industrias Cooperativa Acción Ação Alianza "
    "Aliança Agencia Agência Servicio Serviço Policía Polícia Guardia Consorcio Secretaría Secretaria "
    "Vicaría Ingenio Izquierda Sendero Dirección Direção Falange Sindicato Departamento Oficina Cámara Fiscalía "
    "Portos Caminhos Hidroeléctrica Hidroelétrica Grupo Batallón Batallones Brigada Regimiento "
    "Asamblea Concertación Cruzada Renovación Convergencia Plataforma Coordinadora Subsecretaría Iglesia Igreja "
    "Frigorífico Organización Organização Seguridad Tribuna Gendarmería Administración Administração Prefectura "
    "Diputación Assemblea Convergència Generalitat "
    "Contraloría Procuraduría Superintendencia Tesorería Regimento Guarda Emissora Sistema Comando-Chefe "
    # "Asamblea de la Civilidad"  # "Vicaría de la Solidaridad", "Ingenio San Antonio", "Izquierda Unida"
    # Italian
    "Corriere Partito Confederazione Unione Fronte Lega Camera Sindacati Sindacato Cantieri Sezione Federazione "
    "Comitato Consiglio Ministero Giunta Movimento Istituto Società Banca Ufficio Direzione Segreteria Gioventù "
    "Polizia Aeronautica Prefettura Questura Esercito "
    # Indonesian and Malay ("Partai Komunis Indonesia", "Sentral Organisasi Buruh Seluruh Indonesia")
    "Partai Pemerintah Sentral Organisasi Gerakan Persatuan Dewan Barisan Angkatan Majelis Kesatuan "
    # Albanian ("Universiteti i Prishtinës", "Ministria e Punëve të Jashtme", "Kombinati Metalurgjik")
    "Universiteti Ministria Partia Komiteti Kuvendi Banka Drejtoria Ndërmarrja Kombinati Fakulteti "
    # Romanian ("Uzina Tractorul", "Combinatul Siderurgic", "Întreprinderea de Stat")
    "Uzina Uzinele Combinatul Întreprinderea Fabrica Institutul Ministerul Partidul Comitetul Consiliul Editura "
    # Bengali and Hindi papers ("Dainik Bangla", "Dainik Ittefaq")
    "Dainik "
    # Polish papers ("Głos Wybrzeża", "Życie Warszawy", "Sztandar Młodych")
    "Głos Gazeta Życie Sztandar Kurier Dziennik Trybuna "
    # Polish works, often named after their town ("Huta Warszawa", "Stocznia Gdańska"), factories, offices and
    # church bodies ("Fabryka Samochodów Ciężarowych", "Kancelaria Sekretariatu", "Kuria Diecezjalna")
    "Huta Stocznia Zakłady Fabryka Wytwórnia Kopalnia Kancelaria Kuria Spółdzielnia Urząd Przedsiębiorstwo "
    "Politechnika Uniwersytet Akademia "  # and universities: "Politechnika Warszawska"
    # German ("Botschaft der DDR", "Abteilung Ferner Osten", "Ministerium für Auswärtige Angelegenheiten",
    # "Deutsche Arbeitsgruppe Hamhung"; not "Deutsche Demokratische Republik")
    "Botschaft Ministerium Bundesministerium Abteilung Gesandtschaft Handelsvertretung Zentralkomitee Generalkonsulat "
    "Deutsche "
    "Deutscher Deutsches "
    # Polish ("Wydział Zagraniczny KC PZPR"), German ("Technische Hochschule")
    "Wydział Technische Ministerstwo Sekretariat Departament Biuro Komitet Ambasada Poselstwo Konsulat Zarząd "
    "Związek Stronnictwo "  # "Ministerstwo Spraw Zagranicznych, Sekretariat Ministra"
    # Persian and Arabic parties and societies ("Hezb-e Tudeh", "Hizb al-Baath", "Jamiat-e Islami")
    "Hezb-e Hizb Hezb Jamiat-e Jamiat "
    # German combines ("Kombinat Robotron"); Dutch ("Ministerie van Buitenlandse Zaken", "Directie Azië en Oceanië")
    "Kombinat Ministerie Directie "
    # Italian, Spanish and French missions ("Ambasciata d'Italia", "Embajada de México", "Ambassade de France")
    "Ambasciata Consolato Embajada Consulado Legación Ambassade Consulat "
    # Somali ("Xisbiga Hantiwadaagga Kacaanka Soomaaliyeed", the party; "Ururka", an organisation; "Jabhadda", a front)
    "Xisbiga Ururka Jabhadda "
    # Swahili ("Wizara ya Mambo ya Nchi za Nje", the ministry of foreign affairs)
    "Wizara Chama Shirika".split()) | _FRENCH_ORG_HEADS  # "Armée nationale sihanoukiste"
#: Heads of a party's name, which a word the gazetteer knows may follow: "Partido Colorado", "Partido Nacional".
_PARTY_HEADS = frozenset("Partido Partito Frente Movimiento Movimento".split())
#: Adjectives Spanish and English spell alike, which end a Spanish body's name: "Alianza Popular", "Unión Radical".
_SHARED_ADJECTIVES = frozenset("popular radical social liberal federal central general national".split())
#: Heads of Czech and Slovak bodies, whose other words are in lowercase: "Ministerstvo vnitra", "Vysoká
#: škola zemědělská", "Ústřední správa spojů".
_LOWERCASE_NAME_HEADS = frozenset("Ministerstvo Vysoká Ústřední Úřad Federální Státní Svaz Výbor Mezinárodní".split())
#: Words that link a foreign head to the rest of the name: "Radio Nacional de Angola", "Frente
#: ... para la Liberación Nacional", "Partido Komunista ng Pilipinas" (Tagalog), "Corriere della Somalia".
_FOREIGN_LINKS = frozenset(("du", "de", "des", "da", "do", "dos", "das", "del", "para", "pour", "por", "ng", "au", "aux",
                            "della", "dei", "delle", "degli", "di", "per", "der", "für", "van", "voor", "en",
                            "e", "et", "të", "i", "y", "al", "ya", "za", "wa", "con"))  # Spanish "Luz y Fuerza", "Movimiento al Socialismo"; Albanian: "Ministria e Punëve të Jashtme", "Universiteti i Prishtinës"

#: Particles of Romance names, which are also articles and prepositions of places' names ("Ciudad de La Habana").
_ROMANCE_PARTICLES = frozenset("de la del da dos das di du della le los las".split())  # not "Do" (Do Muoi)
#: Org heads that are also surnames: a head only after a capitalised English word ("Paper Mill").
_HEADS_AFTER_WORDS = frozenset({"mill", "troops"})  # "Border Troops", not "Troops of the Soviet Union"
#: Words for a state before "of" and its name: "Republic of Mali", "Kingdom of Cambodia".
_STATE_FORMS = frozenset("republic kingdom principality sultanate emirate territory".split())  # "Free Territory of Trieste"
#: Geographical heads written before a name ("Lake Khanka", "Mount Halla", "Cape Kanin"); those of
#: other languages, before any capitalised word ("Wadi Halfa", "Deir ez-Zor", "Shatt al-Arab" in Arabic,
#: "Muang Sai", "Tonle Sap", "Kompong Cham" in Lao and Khmer; "Bezirk Schwerin" in German); and those written
#: before "of" and a name ("the Sea of Okhotsk", "the Strait of Tsushima").
_HEAD_FIRST_GEO = frozenset("Lake Mount Cape Fort Camp".split())  # "Camp Crame"
_FOREIGN_HEAD_FIRST_GEO = frozenset("""Madinat Deir Dayr Wadi Jebel Jabal Bir Ain Bandar Khor Shatt Bahr Qasr
    Tell Beit Bayt Kafr Burj Bourj Bab Nahr Marj Ramlet Ras Ouadi Oued Hassi Djebel Khashm Souk Dahr Jisr Nosy
    Muang Muong Phou Tonle Kompong Kampong Stung Xieng Phnom Prey Svay Nong Bezirk Kreis Cua Cửa Nui Núi Deo Đèo
    Tsagaan Ulaan Ikh Khar""".split())  # "Ras Beirut", "Bourj Hammoud", "Prey Veng", "Nong Khai", "Tsagaan Suvarga"
#: An Ethiopian title as well: "Ras" opens a place before a known place or an article ("Ras Beirut",
#: "Ras al-Khaimah"), not before a name ("Ras Abebe Aregai").
_TITLE_OR_GEO_HEAD = frozenset({"Ras"})
#: A family name as well, of one word before a name of three ("Nong Van Dinh"): the head of a name of two words only.
_ONE_WORD_GEO_HEADS = frozenset({"Nong"})
_HEAD_OF_GEO = frozenset("Sea Bay Gulf Strait Straits Isle Isles".split())
_FRENCH_HEAD_OF_GEO = frozenset("Île Îles Ile Iles Lac Golfe Baie".split())
#: Words that open a Spanish or Portuguese place name ("Puerto Sandino", "Río San Juan", "Nueva
#: Segovia"), never a person's.
_SPANISH_PLACE_WORDS = frozenset("Puerto Porto Río Rio Nueva Nuevo Nova Novo Ciudad Villa Vila Bahía Baía Isla Ilha "
                                 "Cerro Lago Sierra Santa Santo São Laguna Cabo Punta Valle Cayo Ciénaga Playa Península Cajón "
                                 "Ensenada Llanos Loma Lomas Jirón Avenida Calle Paseo Rua Praça Cité Plaza Cordillera Falso".split()) \
    | frozenset("Ayios Agios Aghios Ayia Agia Aghia Ayii Agioi".split()) \
    | frozenset("Kiryat Qiryat Ramat Kfar Kefar Givat Mitzpe Neve".split()) \
    | frozenset("Novi Nowy Nowa Nové Nový Stari Stara Staro Stary Staré Starý Veliki Velika Veliko Velké Velký Gornji "
                "Gornja Donji Donja Titova Titov Slavonski Bosanski Srpski Horní Dolní".split())
# Greek saints' villages: "Ayios Theodoros"; Slavic "new", "old", "great", "upper", "lower", "Tito's": "Novi Beograd",
# "Velika Kladuša", "Titova Mitrovica";
# Hebrew towns: "Kiryat Shmona", "Ramat Gan", "Kfar Saba"

#: Articles that open newspaper names ("El Siglo"); not "Le", a Vietnamese family name (Le Duan).
_ROMANCE_ARTICLES = frozenset({"El", "La", "Il", "Los", "Las"})
#: Words of papers' names after a Romance article: "El Siglo", "La Prensa", "Il Giorno" (a paper even after "in").
_ROMANCE_PAPER_WORDS = frozenset("Siglo Mercurio Diario Tiempo Mundo País Universal Nacional Comercio Clarín Telégrafo"
                                 " Heraldo Correo Imparcial Informador Espectador Observador Periódico Noticias Prensa"
                                 " Nación Razón Tribuna Vanguardia Jornada Opinión Época Crónica Giorno Tempo Messaggero"
                                 " Stampa Repubblica Corriere Unità Manifesto Soir Monde Figaro Courrier Peuple Matin"
                                 " Progrès Populaire Journal Temps Parisien Canard Combat Drapeau Patriote Libre"
                                 " Moudjahid Devoir Quotidien Messager Phare Réveil Travailleur Humanité Nouvelliste"
                                 " Século Comércio Primeiro Globo Estado Dia Diário Jornal Expresso Independente"
                                 " Público Estrella".split())
#: Last parts of papers' names written with a hyphen: "Madagascar-Matin", "Paris-Soir", "Paris-Match".
_HYPHENATED_PAPER_ENDS = _ROMANCE_PAPER_WORDS | {"Match", "Presse", "Express", "Matin", "Soir"}  # "Togo-Presse"
#: Middle names that mark a Vietnamese person's name: "La Thi Phuong", "Le Van Luong".
_VIETNAMESE_MIDDLE_NAMES = frozenset({"Thi", "Thị", "Van", "Văn"})
#: Vietnamese family names that are other words too ("Le", "Do", "Ho", "Vo", "Ly").
_VIETNAMESE_SURNAMES = frozenset({"Le", "Do", "Ho", "Vo", "Vu", "Ly", "Bui", "Ngo", "Duong", "Phan", "Dang", "Huynh"})
#: The same and more, before a given name in a telegram in capitals ("NGUYEN BA CAN", "LE DUC THO").
_VIETNAMESE_MIDDLE_NAMES_IN_CAPS = _VIETNAMESE_MIDDLE_NAMES | {"Ba", "Duc", "Huu", "Dinh", "Ngoc", "Xuan", "Quang", "Minh",
                                                              "Thanh", "Cong", "Trong"}
#: Nouns of a site whose place "at" names: "the mines at El Teniente", "the base at La Ceiba".
_SITE_NOUNS = lx.PLACE_NOUNS | {"mine", "mines", "plant", "plants", "works", "mill", "mills", "factory", "factories",
                                "landing", "fighting", "battle", "bases", "camps", "ports", "dam", "refinery"}

#: The kind of a candidate for a bare org head ("Embassy"): kept only if an "of" complement joins it.
_BARE = "bare-org"
#: Prepositions that end a name in capitals ("EMBASSY OF THE PEOPLE'S REPUBLIC OF CHINA IN THE ...").
_LOCATIVES = frozenset({"in", "to", "at", "on", "for", "with", "from", "by"})
_BLOCK = "no-entity"  # a span that no candidate may take and that is not tagged itself

#: Lowercase prepositions inside place names of Central Europe ("nad", "am", "an der", ...).
_PLACE_LINKS = frozenset({"nad", "pod", "am", "an", "ob", "bei", "im", "sur"})

#: Words of running prose, not of titles: a block in capitals with two of them is a sentence ("... TOLD ME
#: THAT THE MINES WOULD BE NATIONALIZED BEFORE JULY 11."), even with no stop after a word.
_PROSE_WORDS = frozenset("that would will was were is are has have had said told".split())
_FUNCTION = frozenset(
    """the a an this that these those then thus however also but and or so as if when while
    after before since during at in on to from for of by with without about into over under
    there here it he she we they you i his her its our their my your what which who whom whose
    why how all any some each every both either neither no not nor only just even yet still
    already again further moreover therefore meanwhile besides instead such other another many
    much more most few less least one two three four five six seven eight nine ten last next dear respected esteemed according regarding concerning following due given
    being having speaking responding prior upon among between within through despite toward
    towards until unless whether whereas although though because once""".split()
)
#: Units of a ministry that are named after the regions they deal with.
_REGIONAL_UNITS = frozenset("department directorate division section desk bureau sector office".split())
_BODY_SUFFIXES = ("CC", "Presidium", "Politburo", "Secretariat", "Kreisleitung", "Bezirksleitung")
_SINGULAR_ROLES = frozenset(
    "minister chairman president secretary ambassador premier director head chief deputy member leader".split())
_PARTICLES = frozenset(
    "von van der de da di du la las los le bin ibn al el ter den dos das do del della des y e arap ould af na".split())
#: Lowercase words inside a place's name the gazetteer knows whole ("Pinar del Río", "Mar del Plata").
_PLACE_INNER_WORDS = frozenset("de del la le da do dos das des du di sur el al upon on of".split())
_LOCATIVE = frozenset("in to at near into".split())
#: Prepositions after which an unknown name is a place ("in Darkhan", "at Dong Dang").
_PLACE_CUES = frozenset("in at near via outside around towards through opposite beyond across into".split())
#: A name printed letter-spaced ("B e r l i n"), its words two or more spaces apart
#: ("A d d i s  A b e b a").
_LETTER_SPACED = re.compile(r"(?<![\w.])([^\W\d_](?: [^\W\d_])+(?:(?: {2,}| - )[^\W\d_](?: [^\W\d_])*)*)(?![\w])")
_ROMAN = re.compile(r"^X{0,3}(?:IX|IV|V?I{0,3})$")
#: Roman numbers from 40 to 89 ("Vol. XLIV"), which no acronym is (of three letters or more).
_ROMAN_FORTIES_TO_EIGHTIES = re.compile(r"^(?:XL|LX{0,3})(?:IX|IV|V?I{0,3})$")
#: A telegram's line of subject tags ("TAGS: PFOR, TU, CY"): nothing on it is a name.
_CODE_LINE = re.compile(r"^[^\S\n]*TAGS[^\S\n]*:.*$"
                        r"|^[^\S\n]*[A-Z]{2,}(?:[:/][A-Za-z]{1,6}){2,}[^\S\n]*$", re.M)  # a drafting line: "POL:FDA:mc"
#: A telegram's declassification line and the officer it names, surname first: "E.O. 12065: GDS
#: 8/14/86 (MEEHAN, FRANCIS J.) OR-M".
_DECLASSIFIED_BY = re.compile(r"^[^\S\n]*(?:E\.[^\S\n]?O\.[^\S\n]*\d{4,5}\b|TAGS:)[^\n]*?\((?P<name>[A-Z][A-Z'’-]+,[^\S\n]+"
                              r"[A-Z][A-Za-z'’-]*\.?(?:[^\S\n]+[A-Z][A-Za-z'’-]*\.?){0,3})\)", re.M)
#: A dateline: a name of one to three capitalised words, a comma and the rest of the line (a date).
_DATELINE = re.compile(r"^[^\S\n]*(?P<name>[^\W\d_][\w'’-]*(?:[^\S\n][^\W\d_][\w'’-]*){0,2})[^\S\n]*,"
                       r"[^\S\n]*(?P<date>\S[^\n]*?)[^\S\n]*$", re.M)
#: A city this large is no one's surname where it stands alone on a line: a dateline ("LUANDA").
_BIG_CITY = 500_000
#: Titles before a person's name that end an org's complement: "the Colonial Office for Sir ...",
#: "the Subcommittee on Multinational Corporations of Senator Frank Church".
_TITLES = frozenset("comrade cde com mr mrs ms miss dr ambassador senator marshal colonel admiral professor prof sir"
                    " madame herr lord lady congressman representative sheikh shaikh maulana kazi qazi qadi haji alhaji"
                    " alhadji sardar shri sri"
                    " pandit academician".split())
#: A body's heads accredited "to" another body, with which they are one name: "the US Mission to NATO".
_ACCREDITED_HEADS = frozenset("mission delegation representation".split())
#: Org heads that are also surnames after a given name: "Frank Church".
_SURNAME_HEADS = frozenset({"church", "cross"})  # "Frank Church", "James Richard Cross"
#: Words that make "General" a body's first word, not a general's rank: "the General Conference".
_BODY_AFTER_GENERAL = (lx.ORG_HEADS | lx.EVENT_HEADS | {"motors"}) - _SURNAME_HEADS
#: British honours after a name ("R. G. Casey, C.H., D.S.O., M.C."): no bodies.
_HONOURS = frozenset("DSO CMG KCMG GCMG OBE MBE CBE KBE GBE KCVO CVO GCVO KCB GCB CH MC".split())
#: Abbreviations of offices, not bodies: External Affairs Minister, Foreign Secretary, Joint Secretary,
#: Additional Secretary, Prime Minister, His Excellency, Permanent Under-Secretary (Indian and British
#: usage); and honours.
_OFFICE_ABBREVIATIONS = frozenset("EAM FS JS AS PM HE HM DFS PPS APS PUS".split()) | _HONOURS
#: A document's security and handling markings, in capitals; translated in a bracket they are no
#: acronyms ("RAHSIA [SECRET]", "STRENG GEHEIM [TOP SECRET]").
_MARKINGS = frozenset("TOP SECRET CONFIDENTIAL RESTRICTED UNCLASSIFIED URGENT IMMEDIATE PRIORITY PERSONAL".split())
_STOP_ACRONYMS = frozenset(
    "I II III IV V VI VII VIII IX X XI XII XX XXI XXII XXIII TOP SECRET SIC OK NB PS AM PM ID TV"
    " VM DM USD"  # currencies: Valutamark, Deutsche Mark, dollars
    " DDT"  # a pesticide
    " DCM GOC"  # a deputy chief of mission, a general officer commanding
    " TKZS"  # a kind of Bulgarian cooperative farm, not one body
    " SECSTATE NIACT NODIS EXDIS LIMDIS STADIS REF REFTEL DISTR END NR"  # a telegram's or report's captions ("END COMMENT")
    " USE DECL OADR"  # "LIMITED OFFICIAL USE", "E.O. 12356: DECL: OADR"
    " A AN THE OF AND TO IN ON FOR BY NO NOT BUT MR MRS"
    " DER DES DIE DAS UND FÜR VON ZUR ZUM AUF BEI MIT IM"  # German letterheads: BOTSCHAFT DER DDR IN DER KDVR
    " DE DEL LA LAS LOS DA DO DOS VAN"  # particles of names in capitals: DEL VALLE
    " FM GDS TAGS PGOV PINT PREL PFOR PINR MARR MOPS ETRD EFIN ECON SHUM"  # an American telegram's routing, tags
    " MFN"  # most favoured nation
    " NNN NARA"  # a telegram's last line; the archive of a declassification stamp ("By ... NARA, Date 6/12/05")
    " ABM INF ICBM ICBMS SLBM SLBMS MIRV MIRVS SRAM ALCM GLCM SS-20"  # weapons and treaties named after them
    .split()
) | _OFFICE_ABBREVIATIONS


def _title_after(tokens, h) -> bool:
    """Whether an office's word, capitalised, follows token ``h`` closely: "First State Commissioner"."""
    return h + 1 < len(tokens) and tokens[h + 1].is_cap and tokens[h + 1].start - tokens[h].end == 1 \
        and (tokens[h + 1].key in lx.ROLE_WORDS or tokens[h + 1].key in ("commissioner", "commissioners"))


def _month_or_year(tok) -> bool:
    """A month's name or a year of the 19th or 20th century: "in June", "in 1978"."""
    return tok.key in lx.FULL_MONTHS or bool(re.fullmatch(r"1[89]\d\d", tok.text))


class Token:
    """One token of a block: its text, offsets and position, and what the rules ask of it
    (computed once: tokens are made by the thousand and read many times each). ``nl``: a
    line break stands between this token and the one before."""

    __slots__ = ("text", "start", "end", "index", "nl", "key", "is_word", "is_cap", "is_allcaps")

    def __init__(self, text: str, start: int, end: int, index: int, nl: bool = False):
        self.text, self.start, self.end, self.index, self.nl = text, start, end, index, nl
        self.key = text.casefold().replace("’", "'")
        self.is_word = text[:1].isalpha()
        # capitalised, or an elided or Arabic article before a capital: "l'Unità", "d'Estaing", "al-Ahram"
        self.is_cap = text[:1].isupper() or bool(_ELIDED.match(text) or _ARABIC_ARTICLE.match(text))
        letters = [c for c in text if c.isalpha()] if not text.islower() else ()
        self.is_allcaps = len(letters) >= 2 and all(c.isupper() for c in letters)

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}, {self.index}, {self.nl})"


def tokenize(text: str) -> list[Token]:
    """Words (with inner hyphens/apostrophes), numbers and single punctuation marks.
    A possessive ``'s`` is split off its word."""
    tokens: list[Token] = []
    last = 0
    for m in _TOKEN.finditer(text):
        s, e, t = m.start(), m.end(), m.group()
        nl = "\n" in text[last:s]
        last = e
        if len(t) > 2 and t[-2] in "'’" and t[-1] in "sS" and t[0].isalpha():
            tokens.append(Token(t[:-2], s, e - 2, len(tokens), nl))
            tokens.append(Token(t[-2:], e - 2, e, len(tokens)))
        else:
            tokens.append(Token(t, s, e, len(tokens), nl))
    return tokens


def token_keys(surface: str) -> tuple[str, ...]:
    """The match key of a name: its tokens, case-folded."""
    return tuple(t.key for t in tokenize(surface))


@lru_cache(maxsize=65536)
def _name_tokens(name: str) -> tuple[Token, ...]:
    """The tokens of an authority name, once per name (read, never changed)."""
    return tuple(tokenize(name))


@dataclass
class Candidate:
    start: int  # token indexes, end exclusive
    end: int
    kind: str
    priority: int  # higher wins a tie of length
    ref: str | None = None
    cert: str = "high"
    name: str | None = None  # normalised name for a new entity
    idnos: tuple = ()
    char_span: tuple[int, int] | None = None  # when not the tokens' own span


@dataclass
class Memory:
    """What a document has said so far: names seen, for surnames and repeated mentions."""

    aliases: dict[str, str] = field(default_factory=dict)  # key -> entity id (persons)
    acronyms: set[str] = field(default_factory=set)  # given in a translator's bracket: "[PS]", "[ORI]"
    congress_event: bool = False  # a numbered congress ("the Fifth Congress") has been named
    orgs: set[str] = field(default_factory=set)  # keys of the names tagged as orgs ("nhan van")
    places: set[str] = field(default_factory=set)  # keys of the names a rule tagged as places (see _places_stay_places)
    code_names: set[str] = field(default_factory=set)  # an agent's code names, as written ("BRUNO", "Rolf")
    list_follows: bool = False  # the last block was a list's label ("Present:") or an item of it ("Fattal, Antoine")
    french_titles: bool = False  # the document writes "Mme X" or "MM. X and Y": its "M. X" is Monsieur X


_NUMBER_SIGNS = frozenset(("no", "nº", "n°", "№", "nr", "ref"))
#: Title words that are also Chinese surnames: a surname before a Pinyin given name ("Pan Zili").
_SURNAME_CUES = lx.PERSON_CUES & lx.EAST_ASIAN_SURNAMES
#: Words of an org's complement that "with" may follow: "Department of Trade with the Socialist
#: Countries", "Committee for Cultural Relations with Foreign Countries".
#: Words before "of the X" that make X a river or a region: "north of the Han", "the valley of the Han".
_RIVER_SIDES = frozenset("north south east west valley valleys banks bank mouth estuary basin delta embankment coast"
                         " shore shores".split())
#: A word made of a Latin prefix and an English word: "Interzonal", "Transatlantic".
_PREFIXED = re.compile(r"^(?:Inter|Intra|Trans|Pan|Non|Anti|Multi|Supra)([a-z]{4,})$")
#: Org heads that are not also common verbs or adjectives, for reading a text in capitals ("ASSEMBLY",
#: "UNIVERSITY", "COMMAND"; not "PRESS", "FORCES", "WORKS").
_CAPS_HEADS = lx.ORG_HEADS - frozenset("""press force forces guard guards post review express monitor mirror
    subcommittee standard times lines works plant staff fund trust board union service mission authority office station
    group unit center centre forum complex club mine mines farm school studio cross crescent youth news community
    resistance church detachment chamber archive archives presidency leadership voice""".split())
#: Lowercase English words (one or two) before an org's head in a text read in ordinary case.
_BEFORE_CAPS_HEAD = re.compile(r"\b(?:[a-z]+(?:'s|')? ){1,2}(?=(?:[A-Z][a-z]+(?:'s|')? ){0,2}(?:"
                               + "|".join(sorted(h.capitalize() for h in _CAPS_HEADS)) + r")\b)")
#: Heads an org's name is often said without: "Yenching" for "Yenching University".
_SHORTENED_HEADS = frozenset("university college institute company corporation".split())
#: What follows a name to tell a son from his father: "Jr.", "Sr."
_GENERATIONS = frozenset({"jr", "sr"})
#: Titles before a name that a regnal number may follow: "Pope John Paul II".
_MONARCHS = frozenset("pope king queen emperor empress tsar czar shah mwami kabaka".split())
#: Titles before a lone name in capitals that make it a person: "CARDINAL WOJTYLA".
_CAPS_PERSON_CUES = (lx.STRONG_PERSON_CUES - {"general", "secretary", "minister"}) | {"cardinal", "bishop", "pope",
                                                                                    "ambassador", "comrade"}
#: Bodies named after the one who leads them: "the Socialist Party of Altamirano", "the government of Erim".
_LED_BODIES = frozenset("party government regime faction wing cabinet".split())
#: A telegram's words for where it went: "Sent Department 2618; repeated London 418".
_ROUTING_VERBS = frozenset({"sent", "repeated", "received", "passed"})
#: Words after a given name in capitals that are verbs, not surnames: "IAN SAID", "EDWARD TOLD".
_NOT_SURNAMES = frozenset("said told met went came spoke wrote left sent gave took made says tells asks thinks wants"
                          " agrees believes hopes fears knows expects reports saw leave alert warns notes".split())
#: Words of time and manner that follow a name in a cable without being a surname: "KING HUSSEIN YESTERDAY".
_DEICTIC_WORDS = frozenset("yesterday today tomorrow tonight now then also again already still alone himself herself"
                           " personally".split())
#: A unit's word after an ordinal in capitals: "341ST DIVISION", "1ST AIRBORNE BRIGADE".
_UNIT_AFTER_ORDINAL = re.compile(r" (?:[A-Z]+ )?(?:DIVISION|BRIGADE|REGIMENT|BATTALION|CORPS|ARMY|FLEET|SQUADRON|WING"
                                 r"|GROUP|COMPANY|INFANTRY|CAVALRY|MARINES?|AIRBORNE|ARMOU?RED|RANGERS?|CONGRESS|PLENUM"
                                 r"|SESSION|PARTY|CONFERENCE)\b")
#: Words of a cable's apparatus, no names: "REF: A. DEPTEL 1234", "SEE SEPTEL", "BIOGRAPHIC NOTES".
_CABLE_WORDS = frozenset("deptel embtel reftel septel memcon sitrep weeka notetaker biographic infotel airgram"
                         " deptels embtels reftels".split())
#: Participles that open bodies' names, before their head: "Standing Committee", "Coordinating Committee".
_HEAD_PARTICIPLES = frozenset("standing coordinating organizing organising governing ruling working planning founding"
                              " steering consulting leading preparatory trading mining shipping publishing broadcasting"
                              " printing engineering manufacturing banking building holding".split())
#: Acronyms of the authority files that in a text in capitals are mostly English words ("A LOT OF").
_CAPS_WORDS_NOT_ACRONYMS = frozenset({"us", "who", "lot", "it", "aid", "far"})
#: Runs of words in capitals on one line ("UNITED NATIONS FUND FOR DRUG ABUSE CONTROL").
_CAPS_WORDS = re.compile(r"\b[A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*)+\b")
#: A capitalised word and a lowercase one after it, in a text put in ordinary case ("Ian smith").
_WORD_AFTER_NAME = re.compile(r"\b([A-Z][a-z]+) ([a-z]{3,})\b")
#: An article or possessive next: the word before it is a verb, not a surname ("PRESIDENT CARRY A LETTER").
_DETERMINER_NEXT = re.compile(r" (?:a|an|the|his|her|its|their|our|your|this|these|those)\b")
#: What follows a surname right after a title, not a verb ("PRESIDENT FORD AND", not "PRESIDENT CONTINUE TO SERVE").
_SURNAME_NEXT = re.compile(r"(?: and\b| said\b| told\b| met\b|[,;:’'](?:s\b)?| (?:has|had|was|is|will|would)\b)")
#: A capitalised word and, after it, an org head that a text in capitals reads as a word ("Helsinki group").
_LOWER_HEAD_AFTER_NAME = re.compile(r"\b([A-Z][a-z]+) (group|fund|forum|club|centre|center|board|trust|union)\b")
#: A capitalised word and two short words after it, in a text put in ordinary case ("Choi kyu hah").
_SYLLABLES_AFTER_SURNAME = re.compile(r"\b(?=([A-Z][a-z]+) ([A-Za-z]{2,4}) ([A-Za-z]{2,4})\b)")
#: Lowercase words after an org's head and "of", "on" or "for", up to a comma or full stop, "and the" or a
#: verb: the rest of its name in a text in capitals ("UN Commission on narcotic drugs,", "Movement of the
#: revolutionary left met").
_AFTER_CAPS_HEAD = re.compile(r"(\b(?:" + "|".join(sorted(h.capitalize() for h in _CAPS_HEADS))
                              + r") (?:of|on|for) (?:the )?)((?:[a-z]+ ){0,2}[a-z]+)"
                              r"(?=[,.;:]| \(| and (?:the|a|an)\b| (?:said|told|met|says|tells|was|is|has|had|will|would)\b"
                              r"| [a-z]+ed\b)")
#: A ministry's portfolio in a text put in ordinary case, whatever follows ("the Ministry of interior announced").
_PORTFOLIO_AFTER_MINISTRY = re.compile(
    r"\b((?:Ministry|Ministries|Department|Secretariat|Commissariat) of (?:the )?)((?:(?i:foreign|internal|home|economic"
    r"|overseas|public|national|state|social|veterans'?|labou?r|religious|tribal|indian|northern|native|war|naval"
    r"|cultural|external|legal) )?(?:affairs|interior|defen[cs]e|finance|justice|health|education|agriculture|industry"
    r"|communications|transport|railways|trade|commerce|information|labou?r|mines|energy|planning|culture|order|works"
    r"|security|economy|welfare|development|tourism|fisheries|propaganda|war|marine|colonies|territories)"
    r"(?: and (?:(?i:[a-z]+) )?(?:affairs|energy|mines|industry|trade|commerce|tourism|culture|information|development"
    r"|fisheries|welfare|sports|forests|works|power|planning|finance))?)\b")
#: A country's armed service in a text put in ordinary case: "the Bolivian air force", "the Greek armed forces".
_NATIONAL_SERVICE = re.compile(r"\b([A-Z][a-z]+) (air force|armed forces|national guard|coast guard|border guard"
                               r"|navy|national police)\b")
#: A foreign body's head (or an English one like it: "union", "centro") and the words after it, in a text put
#: in ordinary case: "Centro de altos Estudios militares", "union Obrera Metalurgica".
_FOREIGN_HEADS_IN_CAPS = frozenset(f for h in _FOREIGN_ORG_HEADS | {"Union", "Centro", "Banco", "Empresa", "Accion"}
                                   if h.isalpha() and h[1:].islower() for f in (h, h.lower()))
_AFTER_FOREIGN_HEAD = re.compile(
    r"\b(?:" + "|".join(sorted(_FOREIGN_HEADS_IN_CAPS, key=len, reverse=True))
    + r")(?: (?:de|del|da|do|dos|y|e|la|las|los|el|(?!(?:the|of|and|in|on|to|for|with|that|which|who|is|was|has|had"
      r"|are|were|will|would|said|says|at|by|from|as|its|his|her|their|a|an)\b)[A-Za-z][a-z]+)){1,5}")
#: Links and articles that stay in lowercase inside a foreign body's name ("Banco Central de Reserva").
_NAME_JOINS = _FOREIGN_LINKS | {"la", "las", "los", "el"}
#: English words that are Spanish or Portuguese ones too, in a body's name after its head ("Banco Central").
_ROMANCE_COGNATES = frozenset("central popular general federal social real industrial militar nacional national"
                              " regional municipal agrario agraria altos alto fiscal".split())
#: Participles that open names of bodies: "United Nations", "Federated Malay States".
_NAME_PARTICIPLES = frozenset("united federated associated allied confederated reformed".split())
#: Words before an org's name that are not part of it: "the opposition Justice Party".
_QUALIFIERS = frozenset("opposition ruling governing former banned illegal outlawed underground clandestine own advance"
                        " entire whole remains becomes leads heads joins loose private senior junior parliamentary"
                        " local calls itself himself herself themselves so-called same single sole now".split())
#: Qualifiers only right before the head: "the NEW CABINET", but "the NEW DEMOCRATIC PARTY".
_HEAD_QUALIFIERS = frozenset("new old present next last".split())
_AUXILIARIES = frozenset(
    "will would shall should can could may might must is are was were be been has have had do does did".split())
#: English given names that, in a text in capitals, are names before an initial or a name.
_GIVEN_NAMES_IN_CAPS = lx.GIVEN_NAMES - _AUXILIARIES - frozenset("hope joy grace rose art guy max".split())
#: Heads a role's possessive may open: "the Prime Minister's Office", "the President's Secretariat".
_OFFICES = frozenset("office secretariat bureau chancellery department".split())
#: Heads whose "of" complement may be a role alone: "the Office of the Minister", "the Cabinet of the President".
_ROLE_OFFICES = _OFFICES | {"cabinet"}
#: Verbs a paper does and a man does not (rarely): "Al-Qabas printed", "Al-Thawra would publish".
_PRINTING_VERBS = frozenset("wrote writes printed prints published publishes publish print carried carries".split())
#: Verbs of writing and printing: "El Universal wrote", "written in El Nacional".
_PRESS_VERBS = frozenset("wrote writes written published publishes printed prints reported reports commented said"
                         " says stated".split())
#: What a legislative chamber is the house of: "the House of Assembly", "the House of Chiefs".
_HOUSES_OF = frozenset("Commons Lords Representatives Councillors Assembly Delegates Keys Chiefs Elders Nationalities "
                       "Peers Deputies Burgesses Nobles Peoples Federation".split())
#: One-word titles of English-language papers, read as a paper after "the" and before a printing verb:
#: "the Herald of the 18th had printed", "the Standard and the Nationalist printed it".
_ENGLISH_PAPER_TITLES = frozenset("Herald Chronicle Observer Standard Guardian Statesman Tribune Nationalist Times "
                                  "Gazette Telegraph Express Mirror Independent Scotsman Citizen".split())
#: Verbs after a paper's one-word English title ("the Chronicle reported"); not the verbs of saying, which a man's
#: name takes as often ("the Standard said").
_PAPER_TITLE_VERBS = _PRINTING_VERBS | (_PRESS_VERBS - {"said", "says", "stated"})
#: Words before "paper" that make it a newspaper, not a document: "the local paper Sedaye Gilan".
_PAPER_QUALIFIERS = frozenset("local provincial regional city party central official government opposition evening"
                              " morning illegal underground émigré emigre student students' youth army trade-union"
                              " communist nationalist catholic".split())
#: Roles whose "of X" names a paper or an agency: "the correspondent of Novos Rumos".
_PRESS_ROLES = frozenset("correspondent correspondents editor editors editor-in-chief".split())
#: Plurals after which an org's complement may list places: "... of the Peoples of Asia, Africa and ...".
_PEOPLES_WORDS = frozenset("peoples countries nations states".split())
_WITH_NOUNS = frozenset("trade relations cooperation co-operation friendship ties contacts solidarity".split())
#: Nouns of a body's "for" complement that take "to" and whom: "Committee for Aid to the Greek Children".
_AID_NOUNS = frozenset("aid assistance help relief support".split())
#: A German newspaper's compound name: "Volkszeitung", "Tageblatt".
_NEWSPAPER_WORD = re.compile(r"[A-ZÄÖÜÆØÅÞ][^\W\d_]{3,}(?:zeitung|blatt|-Zeitung|post|stimme|kurier|anzeiger|bladet|posten"
                             r"|-Posten|tidende|tidningen|blaðið|bladid|viljinn|blad)"
                             r"|Tidende|Bladet|Posten|Nyheter|Dagblad|Tidning|Tidningen")
# not "Jumblatt"; "Berliner Morgenpost", "Märkische Volksstimme"; Nordic: "Arbeiderbladet", "Jyllands-Posten",
# "Berlingske Tidende", "Ekstra Bladet", "Dagens Nyheter", "Þjóðviljinn"
#: A Nordic firm's or agency's last word: "Kings Bay Kull Compani", "Store Norske Spitsbergen Kulkompani",
#: "Norsk Telegrambyrå".
_NORDIC_BODY_WORD = re.compile(r"[^\W\d_]*(?:[Kk]ompani|Compani|[Kk]ompagni|[Rr]ederi|[Bb]yrå|byrån)")
#: A Nordic ministry or party named in one word: "Utenriksdepartementet", "Udenrigsministeriet",
#: "Ulkoasiainministeriö", "Högerpartiet".
_NORDIC_ONE_WORD_BODY = re.compile(r"[A-ZÄÖÅÆØ][^\W\d_]{2,}(?:departementet|ministeriet|ministeriö|partiet)")
#: A German body's compound name: "Vietnam-Ausschuss", "Staatssekretariat", "Neptunwerft", "Bezirksleitung",
#: "Volkspolizei-Kreisamt", "Zionsgemeinde", "Umweltbibliothek", "Lokomotivfabrik", "Nationalrat".
_GERMAN_BODY_WORD = re.compile(
    r"[A-ZÄÖÜ][\wäöüß-]*?(?:[Aa]usschuss|[Kk]omitee|[Ss]ekretariat|[Hh]ochschule|[Vv]erband|[Ww]erft|[Ww]erke?"
    r"|[Ll]eitung|[Kk]ombinat|[Pp]olizei|[Gg]emeinde|[Bb]ibliothek|[Hh]ütte|[Dd]ienststelle|[Vv]erwaltung|[Bb]ehörde"
    r"|[Ff]abrik|[Bb]ank|[Dd]ienst|-Stiftung)"  # "Friedrich-Ebert-Stiftung"
    r"|(?:National|Bundes|Stadt|Minister|Staats|Betriebs|Landes|Gemeinde|Kreis|Bezirks|Volks|Wirtschafts|Aufsichts"
    r"|Zentral|Arbeiter|Soldaten)rat"  # "the Nationalrat", "the Bundesrat"
    r"|[A-ZÄÖÜ][\wäöüß-]{3,}[Aa]mt"
    r"|[A-ZÁÉÍÓÖŐÚÜŰ]\w*(?:minisztérium|bizottság|hivatal)")  # and a Hungarian one: "Külügyminisztérium"
#: One word that names a socialist foreign-trade enterprise, trust, combine or ministry: "Traktoroexport",
#: "Mashinoimport", "Mashpriborintorg", "Strojexport", "Technoimpex", "Primorrybprom", "Dalryba", "Uralmash",
#: "Yakutugol", "Zarubezhgeologiya", "Minvodkhoz", "Primorskstroy", "Dalmoreprodukt", "Giproneftezavod".
#: And the Soviet publishers, film and design institutes: "Sovexportfilm", "Gospolitizdat", "Goskino",
#: "Giprotsvetmet", "Soyuzpechat", "Glavlit".
_TRADE_ENTERPRISE = re.compile(r"[^\W\d_][^\W\d_A-Z]{2,}(?:export|import|intorg|impex|eksport|prom|ryba|torg|neft|snab"
                               r"|flot|mash|ugol|geologiya|technika|industria|projekt|proekt|khoz|stroy|stroi|produkt|zavod"
                               r"|film|izdat|kino)(?:stroy|stroi)?|(?:Gipro|Soyuz|Glav|Sovrom)[^\W\d_A-Z]{3,}")
#: A Russian acronym transliterated letter by letter, its digraphs in mixed case: "VTsSPS", "KhAD" (not "VCh",
#: the government telephone line).
#: An acronym with a lowercase particle's letter inside: "VdU" (Verband der Unabhängigen), "KPdSU", "SdP".
_ACRONYM_WITH_PARTICLE = re.compile(r"[A-ZÄÖÜ]{1,4}[a-z]{1,2}[A-ZÄÖÜ]{1,3}")
_TRANSLITERATED_ACRONYM = re.compile(r"(?=\w*(?:Ts|Kh|Sh|Ch|Zh))(?:[A-Z]|Ts|Kh|Sh|Ch|Zh){3,}")
#: Short words of ALL-CAPS headings that are not acronyms ("THE WORK OF OUR DELEGATION").
_HEADING_WORDS = frozenset("our his her its we you they new old top one two six ten way".split())


def _is_town(hit) -> bool:
    """Whether a gazetteer hit is a city, town or village (not a continent, region, country, water)."""
    return hit is not None and hit.feature in ("city", "town", "village", "capital")


def _copy_reader(tokens, i) -> bool:
    """Whether the name at ``i`` is a reader a copy goes to: "Copy to Stoessel", "Copy to the
    Bureau of European Affairs and to Matlock" (a name after "to", in a sentence that opens "Copy to")."""
    if i < 2 or tokens[i - 1].key != "to":
        return False
    if tokens[i - 2].key in ("copy", "copies"):
        return True
    if tokens[i - 2].key != "and":
        return False
    for k in range(i - 3, max(-1, i - 25), -1):
        if tokens[k].key in ("copy", "copies") and tokens[k + 1].key == "to":
            return True
        if tokens[k].text in (".", ";") or tokens[k].nl:
            return False  # not past the sentence or line
    return False


def _opens_org_name(tokens, j: int) -> bool:
    """The capitalised words before ``tokens[j]`` go on, after "and" or "&" or a plural's possessive,
    to the head of a body: "Anshan Iron| and Steel Company", "Smith| & Wesson Company", "Nemuro
    Fishermen|'s Cooperative Association"."""
    if j >= len(tokens) or tokens[j].key not in ("and", "&"):
        return j > 0 and j < len(tokens) and tokens[j].text in _POSSESSIVE and tokens[j - 1].key in _POSSESSORS
    for t in tokens[j + 1:j + 5]:
        if not (t.is_cap and t.is_word):
            return False
        if t.key in lx.ORG_HEADS:
            return True
    return False


#: A name surname first in a list: "1) Kianuri, Nureddin, engineer", "a) Hänsel, Gottfried, 14 ha", or before an
#: age: "Brückner, Ilona, 34, of Grünau".
_SURNAME_FIRST = re.compile(
    r"(?:(?P<mark>(?:^|(?<=[\n;:]))[^\S\n]*(?:(?:[0-9]{1,2}|[a-z])\)|[-–•])[^\S\n]+)|(?<=[\s(]))"
    r"(?P<surname>[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+)?|[A-ZÀ-ÖØ-Þ]{2,}(?:[^\S\n][A-ZÀ-ÖØ-Þ]{2,})?),[^\S\n]"
    r"(?P<given>[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+)?(?:[^\S\n][A-ZÀ-ÖØ-Þ][a-zß-ÿ]+)?)"
    r"(?=,[^\S\n](?:(?P<age>[0-9]{2},)|[a-z0-9])|[^\S\n]\((?P<age2>[0-9]{1,2}),"
    r"|(?P<item_end>[;.]?[^\S\n]*$|,[^\S\n]+[A-Z]))", re.M)
# "- Lindqvist, Karl-Erik,", "- ZANETTI, Mario (17,"; after a list mark, the item may end there or an office follow:
# "b) LUMU, Emmanuel;", "a) IBINGIRA, Grace, Secretary-General of the UPC"


#: A title, then a name of two surnames listed surname first, ending its line: "for Bolivia, Ambassador
#: Prudencio Claure, Jorge" (the title a cue, the given name a known one; see _names_surname_first).
_TITLED_SURNAME_FIRST = re.compile(r"(?<![\w'’])(?P<title>[A-Za-z][\w.'’-]+)[^\S\n]+(?P<surname>[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+[^\S\n]"
                                   r"[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+),[^\S\n](?P<given>[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+)[^\S\n]*$", re.M)
#: The same in a list after a colon, the names apart by semicolons ("Present: Mikunis, Shmuel; Sneh, Moshe; ...",
#: "for the GDR: Wendland, Heinz, deputy minister; Brandt, Klaus-Dieter, Deutfracht;"), or one at the start of a
#: line, perhaps after its label, before a dash, a comma, a semicolon or the line's end ("David, Václav – Minister
#: of Foreign Affairs", "Barkov, I. P., Counsellor;", "Minutes: Kadlecová, Marie"). Initials may stand for the
#: given name.
_LISTED_SURNAME_FIRST = re.compile(r"(?:(?<=[:;])[^\S\n]+|^|(?<=[-–•)][^\S\n])|(?<=[0-9]\.[^\S\n])|(?<=[0-9]x[^\S\n])|(?<=:[^\S\n][\x22“]))"
                                   r"(?:(?P<title>" + "|".join(sorted((c.capitalize() for c in lx.PERSON_CUES
                                                                      if c.isalpha() and len(c) > 2), key=len, reverse=True))
                                   + r")\.?[^\S\n]+(?=[A-ZÀ-ÖØ-Þ]))?"  # "Licenciada Soto de León, Marta Eugenia"
                                   r"(?P<particles>(?:[Vv]an|[Vv]on|[Dd]e|[Dd]i|[Dd]el|[Dd]u|[Ll]a|af"
                                   r"|VAN|VON|DE|DI|DEL|DU|LA|LE|AF)"
                                   r"(?:[^\S\n](?:der|den|de|la))?[^\S\n])?"
                                   r"(?P<surname>(?:[ODd]['’])?[^\W\d_]{2,}(?:-[^\W\d_]{2,})?(?P<second>[^\S\n][^\W\d_]{2,})?"
                                   r"(?:[^\S\n](?:de|del|de[^\S\n]la|y)[^\S\n][^\W\d_]{2,})?),"  # "Urquiza de la Torre, Alfonso"
                                   r"[^\S\n](?P<given>[^\W\d_]{2,}(?:-[^\W\d_]{2,})?(?:[^\S\n][A-ZÀ-ÖØ-ÞĀ-ž][a-zß-ÿ]{2,})?(?:[^\S\n][A-Z]\.)?"
                                   r"(?:[^\S\n](?:de|du|da|von|van))?"  # "LA BROSSE, Michel de"
                                   r"|(?P<initials>[A-Z][a-z]?\.(?:[^\S\n]?-?[A-Z][a-z]?\.)*))"  # "Lavoie, J.-P."
                                   r"(?=[;.](?:\s|$)|,[^\S\n]+(?!(?:and|or)\b)\S|$|[^\S\n]+(?:[–—-]|--)[^\S\n]|[^\S\n]\(|[\x22”])", re.M)
#: A comma and a lone capitalised word before another comma after a name's "given name": the "given name" is
#: one more surname in a list of surnames ("Present: Togliatti, Longo, Secchia, Amendola"), not "Kianuri, Nureddin,
#: engineer" nor "Brandt, Klaus-Dieter, Deutfracht;".
_BARE_SURNAME_AFTER = re.compile(r",[^\S\n]+[A-Z][\w'’-]+,")
#: A line listing those present ("Present: Wuyun, Foreign Affairs Office; Batu, from Xilingol"), and the name
#: that opens each of its items before a comma.
_PARTICIPANTS_LINE = re.compile(r"^(?:Present|Also present|Participants|Participating|Attending|Attended|Taking part"
                                r"|Chaired by|Presided by)(?:[^\S\n]+(?:on|for)[^\S\n][^\n:]{0,30})?:", re.M)
_WORD = re.compile(r"[\w-]+")
_PARTICIPANT = re.compile(r"[^\S\n]*(?P<name>[^\W\d_][\w'’-]*(?:[^\S\n]+[^\W\d_][\w'’-]*){0,2}),[^\S\n]")
#: A family name in capitals before a given name of one or two words, in a list: "Korean side: KIM, Yong Shik;
#: MIN, Pyong Suk; CHOI, Sang Il", "KUBOTA, Kanichiro".
_CAPS_SURNAME_FIRST = re.compile(r"(?<=[:;])[^\S\n]+(?P<surname>[A-Z]{2,}),[^\S\n](?P<given>[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+)?)"
                                 r"(?=[;.]|[^\S\n]*$)", re.M)
#: A block that is only a list's label: "Present:", "For the Guatemalan side:", "Participants:".
_LIST_LABEL = re.compile(r"[^\W\d_][\w'’ .-]{0,40}:")
#: What may stand before such a name on its line: nothing, a label ("Minutes:", "Recorded by:", "for the GDR:")
#: or a list mark ("– ", "b) ").
_LINE_LABEL = re.compile(r"(?:[^\W\d_][\w'’ .-]{0,40}:|[^\S\n]*(?:[-–•]|[0-9]{1,2}[)x]|[a-z]\))[^\S\n])?[^\S\n]*")
#: A paragraph's number, before a name listed surname first with initials: "1. Kaul, T. N., Foreign Secretary".
#: (A distribution list's "1x Winzer, Otto", one copy each, is a list mark of _LINE_LABEL.)
_NUMBERED_ITEM = re.compile(r"[^\S\n]*[0-9]{1,2}\.[^\S\n]+")

#: Titles that the rules read as part of a name but the annotation leaves outside: the Thai royal titles
#: before a name of two words or more, written closed up ("M.R. Kukrit Pramoj", not the initials "M. R.
#: Sharma"), the Ethiopian "Ras" and "Abuna" ("Ras Abebe Aregai", "Abuna Basilios"), the Indonesian "Bung"
#: before one name ("Bung Karno") and "K. H." (kyai haji) before two ("K. H. Idham Chalid").
_TITLE_BEFORE_NAME = re.compile(r"M\.[RCL]\. (?=\S+ \S)|(?:Ras|Abuna|Abune) (?=[A-Z][a-z]+$|[A-Z][a-z]+ [A-Z])"
                                r"|Bung (?=[A-Z][a-z]+$)|K\. ?H\. (?=[A-Z][a-z]+ [A-Z][a-z]+$)")


def _token_span(tokens, start: int, end: int) -> tuple[int, int] | None:
    """The tokens that cover the characters ``start`` to ``end`` exactly, as (first, after last); None
    when no token starts at ``start`` or none ends at ``end``."""
    first = next((t.index for t in tokens if t.start == start), None)
    last = next((t.index for t in tokens if t.end == end), None)
    return None if first is None or last is None else (first, last + 1)


def _code_lines(text: str) -> list[tuple[int, int]]:
    """The spans of a telegram's lines of codes ("TAGS: PARM, PFOR"), where no name is tagged but a
    visitor's name in parentheses ("OVIP (BREZHNEV, LEONID I.)")."""
    out = []
    for m in _CODE_LINE.finditer(text):
        name = _DECLASSIFIED_BY.match(text, m.start())
        if name is not None and name.start("name") < m.end():
            out += [(m.start(), name.start("name")), (name.end("name"), m.end())]
        else:
            out.append((m.start(), m.end()))
    return out


def _declassifying_officer(text: str, tokens) -> list[Candidate]:
    """The officer a telegram's declassification line names, surname first and in capitals:
    "(MEEHAN, FRANCIS J.)" on "E.O. 12065: GDS 8/14/86 (MEEHAN, FRANCIS J.) OR-M"; so does its line of
    tags for a visitor: "TAGS: PARM, PFOR, OVIP (BREZHNEV, LEONID I.)"."""
    out = []
    for m in _DECLASSIFIED_BY.finditer(text):
        span = _token_span(tokens, m.start("name"), m.end("name"))
        if span is not None:
            out.append(Candidate(*span, "person", 4, cert="medium"))
    return out


#: Towns named like English words, which the gazetteer leaves out: places after a preposition of place.
_TOWNS_NAMED_LIKE_WORDS = frozenset({"Nice", "Split", "Bath", "Reading", "Male", "Malé", "Mobile", "Concord"})
_TOWN_PREPOSITIONS = frozenset({"in", "from", "to", "at", "near", "of", "via", "outside"})
#: Words before "Democrats" that name a party by its members: "the Social Democrats".
_PARTY_MEMBERS_ADJECTIVES = frozenset({"Social", "Christian", "Free", "Liberal"})
#: Kinds of place whose names are also given names after a listed surname ("Jhugroo, Kailash").
_NATURAL_FEATURES = frozenset({"mountain", "river", "lake", "water", "pass", "island"})


def _known_place(hit, big: bool = False) -> bool:
    """A place of the authority files, a country or a capital (or, with ``big``, a big city)."""
    return hit is not None and (hit.authority_id is not None or hit.feature == "country" or hit.capital
                                or big and hit.population >= _BIG_CITY)


def _big_place(hit) -> bool:
    """A country, a capital or a big city: never a reader's name."""
    return hit.feature == "country" or hit.capital or hit.population >= _BIG_CITY


def _initials(words) -> str:
    """What an acronym of ``words`` (tokens) spells: the first letter of each, and of each part of a hyphenated
    one, in capitals ("Arms Control and Disarmament Agency" without "and": "ACDA"; "Sino-Soviet": "SS")."""
    return "".join(p[0] for t in words for p in t.text.split("-") if p).upper()


def _spelled_out_acronyms(out: str, text: str, bracketed) -> str:
    """``out`` with the words an acronym in a translator's bracket spells put back in capitals: in
    "ORGANIZATION OF ARAB PETROLEUM EXPORTING COUNTRIES [OAPEC]" each word but "of" opens a letter."""
    for start, end in bracketed:
        acronym = text[start:end]
        if not (3 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()):
            continue
        base = max(0, start - 160)
        words = list(re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*", out[base:start]))
        letters, used = acronym, []
        for w in reversed(words):
            k = w.group().casefold()
            if letters and k[0] == letters[-1].casefold() and k not in _FUNCTION:
                letters = letters[:-1]
                used.append(w)
            elif k not in _FUNCTION or not used:
                break
            if not letters:
                break
        if letters or len(used) < 3:
            continue
        for w in used:
            a = base + w.start()
            out = out[:a] + out[a].upper() + out[a + 1:]
    return out


def _bolsheviks_at(tokens, e) -> int:
    """If "(b)" or "(Bolsheviks)" follows a party's name at ``e``, the index after it (and after a
    republic's letter glued to it: "CP(b)U", "CP(b)B", Ukraine, Belorussia); else 0."""
    if e == 0 or e + 2 >= len(tokens) or tokens[e].text != "(" or tokens[e + 2].text != ")" \
            or tokens[e + 1].key not in ("b", "bolsheviks") or tokens[e].start - tokens[e - 1].end > 1 \
            or tokens[e + 1].start != tokens[e].end or tokens[e + 2].start != tokens[e + 1].end:
        return 0
    end = e + 3
    if end < len(tokens) and tokens[end].start == tokens[end - 1].end and tokens[end].text.isupper() \
            and tokens[end].is_word and len(tokens[end].text) <= 2:
        end += 1
    return end


def _bolshevik_suffix(chosen, tokens) -> None:
    """A party's name keeps its "(b)" or "(Bolsheviks)": "CC VKP(b)", "All-Union Communist Party (Bolsheviks)"."""
    for k, (c, span) in enumerate(chosen):
        e = c.end
        end = _bolsheviks_at(tokens, e) if c.kind == "org" else 0
        if not end:
            continue
        if any(x is not c and x.start < end and e <= x.end - 1 for x, _ in chosen):
            continue
        c.end = end
        chosen[k] = (c, (span[0], tokens[end - 1].end))


def _clock_letters(tokens, j) -> bool:
    """Whether the letter at ``j`` belongs to "A.M." or "P.M." after a time of day ("7:20 P.M.")."""
    t = tokens[j].text.upper()
    if t == "M" and j >= 2 and tokens[j - 1].text == "." and tokens[j - 2].text.upper() in ("A", "P") \
            and tokens[j - 1].start == tokens[j - 2].end and tokens[j].start == tokens[j - 1].end:
        j, t = j - 2, tokens[j - 2].text.upper()
    return t in ("A", "P") and j >= 1 and tokens[j - 1].text[-1:].isdigit() and j + 2 < len(tokens) \
        and tokens[j + 2].text.upper() == "M" and tokens[j + 2].start == tokens[j + 1].end

#: Heads of parties and movements, whose "of the President" names their leader, not part of their name.
_PARTY_HEADS_OF_LEADERS = frozenset("party congress front movement union alliance league".split())


def _spanish_a_la(tokens, k) -> bool:
    """Whether token ``k`` is the Spanish "a" before an article in a body's name: "Sistema Nacional de
    Apoyo a la Movilización Social" (never the English article, which no "la" follows)."""
    return k + 1 < len(tokens) and tokens[k].text == "a" and tokens[k + 1].text in ("la", "los", "las")


def _capitalised_run(tokens, j, limit: int, fits=None) -> int:
    """The index after the capitalised words from ``j`` on (``j`` > 0): each on the line of the
    token before it and one space after it, at most ``limit`` of them, each passing ``fits``."""
    k = j
    while k < len(tokens) and k - j < limit and tokens[k].is_cap and tokens[k].is_word and not tokens[k].nl \
            and tokens[k].start - tokens[k - 1].end == 1 and (fits is None or fits(tokens[k])):
        k += 1
    return k


def _capitalised_start(tokens, h) -> int:
    """The index where the capitalised words that end right before ``h`` begin (``h`` if none):
    each on the line of the token after it and one space before it, none a function word
    ("Philippine Daily ...", "Indian National Congress")."""
    s = h
    while s > 0 and tokens[s - 1].is_cap and tokens[s - 1].is_word and tokens[s - 1].key not in _FUNCTION \
            and not tokens[s].nl and tokens[s].start - tokens[s - 1].end == 1:
        s -= 1
    return s


def _in_reference_number(tokens, i) -> bool:
    """Whether token ``i`` is part of a registration number: "No. IO 700-1483", "Nº 27-BCT/M"."""
    prev = _before(tokens, i)
    if prev is not None and prev.key.rstrip(".") in _NUMBER_SIGNS:
        return True
    if prev is not None and prev.text == "." and i > 1 and tokens[i - 2].key in _NUMBER_SIGNS:
        return True
    j = i
    while j > 0 and tokens[j - 1].end == tokens[j].start:
        j -= 1  # the start of a code written closed up: "No. EG/OUA/S.114"
    if j < i and any(t.text == "/" for t in tokens[j:i]):
        prev = _before(tokens, j)
        if prev is not None and (prev.key.rstrip(".") in _NUMBER_SIGNS
                                 or prev.text == "." and j > 1 and tokens[j - 2].key in _NUMBER_SIGNS):
            return True
    tok, n = tokens[i], len(tokens)
    glued_before = i > 1 and tokens[i - 1].text in ("-", "/") and tokens[i - 1].end == tok.start \
        and tokens[i - 2].text[:1].isdigit()  # "27-BCT"
    glued_after = i + 2 < n and tokens[i + 1].text in ("-", "/") and tokens[i + 1].start == tok.end \
        and tokens[i + 2].text[:1].isdigit()  # "BCT-27"
    return glued_before or glued_after


def _pronoun_surname_at(tokens, i) -> bool:
    """Whether "He", "I", "You" or "An" at ``i`` is a Chinese or Korean surname: right before a
    given name that no English sentence puts there, one Pinyin word ("He Jianzhong"), two
    syllables joined by a hyphen ("I Ki-pung", "He Ying-chin", "An Tu-hui") or, after "You" and
    "An", two capitalised syllables ("You Chan Yang", "An Du Hi")."""
    if i + 1 >= len(tokens):
        return False
    given = tokens[i + 1]
    if given.nl or given.start - tokens[i].end != 1 or not given.is_cap or lx.is_english(given.text):
        return False
    parts = given.text.split("-")
    if len(parts) == 2:
        return parts[1].islower() and all(2 <= len(p) <= 5 and p.isalpha() for p in parts)
    if tokens[i].text in ("You", "An"):
        return i + 2 < len(tokens) and all(
            t.is_cap and t.is_word and 2 <= len(t.text) <= 5 and not t.is_allcaps and not t.nl
            and (p is not tokens[i] or not lx.is_english(t.text)) and t.start - p.end == 1
            for p, t in zip(tokens[i:i + 2], tokens[i + 1:i + 3]))
    return tokens[i].text == "He" and len(given.text) >= 4 and lx.is_pinyin_name(given.text)


#: Initials of Hungarian given names written with two or three letters: "Fekete Gy.", "Szabó Zs."
_HUNGARIAN_INITIALS = frozenset("Gy Sz Ly Ny Cs Zs Ty Dzs".split())


#: A day of a month as one token ("26th", "13").
_DAY_TOKEN = re.compile(r"(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?")


def _dated_bodies(tokens) -> list[Candidate]:
    """Bodies named after a day, which the dates tagger leaves to the names: "the 26th of July Movement",
    "the 30 September Movement", "the Revolutionary Directorate of 13 March"."""
    out = []
    n = len(tokens)
    for i, t in enumerate(tokens):
        if not _DAY_TOKEN.fullmatch(t.text):
            continue
        k = i + 2 if i + 1 < n and tokens[i + 1].key == "of" else i + 1
        if k >= n or tokens[k].key not in lx.FULL_MONTHS or not tokens[k].is_cap:
            continue
        head = next((h for h in range(k + 1, min(k + 4, n)) if tokens[h].key in lx.DATED_BODY_HEADS_AFTER
                     and tokens[h].is_cap and all(x.is_cap and x.is_word and not x.nl for x in tokens[k + 1:h + 1])), None)
        if head is not None:
            out.append(Candidate(i, head + 1, "org", 3, cert="medium"))  # "the 8 February Vinalon Factory"
        elif i >= 2 and tokens[i - 1].key == "of" and tokens[i - 2].key in lx.DATED_BODY_HEADS_BEFORE \
                and tokens[i - 2].is_cap:
            out.append(Candidate(_capitalised_start(tokens, i - 2), k + 1, "org", 3, cert="medium"))
        elif i >= 1 and tokens[i - 1].key in ("newspaper", "paper", "daily", "weekly") and tokens[i - 1].text.islower():
            out.append(Candidate(i, k + 1, "org", 3, cert="medium"))  # "the newspaper 14 October" (Aden)
    return out


def _initials_after_surname_end(tokens, i, j) -> int:
    """The end, past the last dot, of a name of a surname and two or three initials ("Khrushchev N. S.",
    "Brezhnev L. I.", "Andropov Yu. V.", as a Soviet protocol lists those present) whose run ``tokens[i:j]``
    is the surname and some of its initials; ``j`` if it is no such name."""
    n = len(tokens)
    if not (tokens[i].is_word and tokens[i].is_cap and len(tokens[i].text) > 1) \
            or any(not (t.text == "." or _initial_letter(t)) for t in tokens[i + 1:j]):
        return j
    k, count = i + 1, 0
    while k + 1 < n and _initial_letter(tokens[k]) and not tokens[k].nl and tokens[k].start - tokens[k - 1].end <= 1 \
            and tokens[k + 1].text == "." and tokens[k + 1].start == tokens[k].end and count < 3:
        k, count = k + 2, count + 1
    if count < 2 or k < n and tokens[k].is_cap and tokens[k].is_word and tokens[k].start - tokens[k - 1].end == 1:
        return j  # one initial: "Bényi J." (see _initial_ends_name); not before a name: "... N. S. Khrushchev"
    return k


def _initial_letter(tok) -> bool:
    """A capital letter, or two letters of a Russian or Hungarian initial ("Yu", "Gy"), standing alone."""
    return _last_initial(tok) or tok.text in _DIGRAPH_INITIALS


def _last_initial(tok) -> bool:
    """A capital letter, a Hungarian initial of two or three letters ("Gy") or a Mongolian or Russian
    one ("Kh", "Ts"), that may end a name written family name first."""
    return len(tok.text) == 1 and tok.text.isupper() or tok.text in _HUNGARIAN_INITIALS \
        or tok.text in _DIGRAPH_INITIALS and tok.text not in ("St", "Al")  # Mongolian: "Choibalsan Kh.", "Nyambuu Ts."


def _initial_ends_name(tokens, k) -> bool:
    """Whether token ``k`` is an initial that ends a name written family name first, with
    its dot: "Bényi J.", "Kovács J.", "Fekete Gy." (after a word of two letters or more)."""
    return 0 < k < len(tokens) - 1 and _last_initial(tokens[k]) \
        and tokens[k - 1].is_word and len(tokens[k - 1].text) > 1 and tokens[k].start - tokens[k - 1].end == 1 \
        and not tokens[k].nl and tokens[k + 1].text == "." and tokens[k + 1].start == tokens[k].end \
        and not (k + 2 < len(tokens) and tokens[k + 2].is_cap and tokens[k + 2].is_word)  # not "A. J. Bogomolov"


def _code_with_number(tokens, i) -> bool:
    """Whether capitals at ``i`` are the letters of a code followed by its number, not an
    organisation: "RG 59" (a record group), "MS 1234", "ZIL 130". A year after them is not a
    number of theirs ("the SWAPO 1976 congress")."""
    if i + 1 >= len(tokens):
        return False
    number = tokens[i + 1].text
    return number.isdigit() and tokens[i + 1].start == tokens[i].end + 1 \
        and not (len(number) == 4 and 1800 <= int(number) <= 2099)


def _apposition_to_a_title(tokens, i, j) -> bool:
    """A name set off by commas after a title: "the Minister of Foreign Affairs of Finland,
    Virolainen, said", "The US Ambassador in Seoul, McConaughy, has", "their commander, Bucher, had"."""
    if i < 2 or tokens[i - 1].text != "," or j >= len(tokens) or tokens[j].text not in (",", ".", ";"):
        return False
    back = tokens[max(0, i - 9):i - 1]
    if not tokens[i - 2].is_cap and tokens[i - 2].key in lx.PERSON_CUES:
        return True  # "Their commander, Bucher, had asked"
    return any(t.key in ("of", "in", "to", "at") for t in back) and any(t.key.rstrip(".") in lx.PERSON_CUES for t in back)


def _title_follows(tokens, k) -> bool:
    """Whether a person's title starts at ``k``: "Ambassador", "Foreign Minister" (role words up
    to a cue), not "Industry" in "Ministry of Trade and Industry"."""
    while k < len(tokens) and tokens[k].key in lx.ROLE_WORDS:
        if tokens[k].key.rstrip(".") in lx.PERSON_CUES:
            return True
        k += 1
    return k < len(tokens) and tokens[k].key.rstrip(".") in lx.PERSON_CUES


def _after_title(text: str, i: int) -> bool:
    """Whether the word that ends right before ``i`` (and a space) is a title: "Spokesman Jerzy ..."."""
    before = text[:i].rstrip().rsplit(" ", 1)[-1]
    return before.istitle() and before.casefold().rstrip(".") in lx.PERSON_CUES


def _surname_word(word: str) -> bool:
    """Whether an English word after a given name may be its surname ("smith", "heath"): no
    function word, auxiliary, or verb of saying or going ("said", "told", "went")."""
    return word not in _FUNCTION and word not in _AUXILIARIES and word not in _NOT_SURNAMES \
        and word not in _DEICTIC_WORDS and not word.endswith(("ed", "ing"))


def _known_hyphenated(tok, memory) -> bool:
    """A hyphenated name this document has already given as a person's ("Mendès-France")."""
    return "-" in tok.text and tok.key in memory.aliases


#: Words of roads and movement before "to" or "from" and a place: "Route 7 ... to Nong Het", "boats carry rice to",
#: "cut from Phong Nha", "as far as Na Phao"; not of a message ("a letter from", "he said to").
_MOTION = re.compile(r"road|route|way|railway|line|pipeline|track|trail|path|bridge"
                     r"|travel\w*|carr\w*|mov\w*|march\w*|advanc\w*|retreat\w*|withdr\w*|return\w*|fl[yeo]\w*"
                     r"|sail\w*|dr[io]ve\w*|transport\w*|ship\w*|cross\w*|far|reach\w*|arriv\w*|led|lead\w*|cut"
                     r"|extend\w*|runs?|ran|boats?|trucks?|lorr\w*|columns?|convoys?|troops|units?"
                     r"|flight|journey|trip|drive|walk\w*|evacuat\w*|deliver\w*|supplies|rice|fuel|goods"
                     r"|cargo|freight|kilometres|kilometers|km|miles")
_MESSAGE = re.compile(r"letters?|messages?|telegrams?|notes?|said|spoke|talk\w*|told|wrote|written|handed|addressed"
                      r"|explained|reported|answer\w*|repl\w*|appeal\w*|promised|gave|offered|proposed|introduced"
                      r"|conveyed|greetings|thanks|regards|request\w*|invitation|visit|called|turned|belong\w*")


def _motion_before(tokens, k) -> bool:
    """Whether the words before token ``k`` ("to", "from"), back to the sentence's start or
    eight words, speak of roads and movement and not of a message."""
    a = k
    while a > 0 and k - a < 8 and not tokens[a].nl and tokens[a - 1].text not in (".", ";", ":", "!", "?"):
        a -= 1
    keys = [t.key for t in tokens[a:k]]
    return any(_MOTION.fullmatch(x) for x in keys) and not any(_MESSAGE.fullmatch(x) for x in keys)


#: The heads and kinds of numbered military units: "the 23rd Infantry Regiment", "X Corps".
_UNIT_HEADS = frozenset("regiment battalion brigade division corps army squadron fleet flotilla".split())
_UNIT_KINDS = frozenset("infantry marine marines rifle tank armoured armored artillery cavalry airborne guards "
                        "mechanised mechanized motorised motorized mountain engineer engineers air naval".split())
#: Burmese honorifics that open a man's name: "U Nu", "Thakin Tin", "Bo Let Ya".
_BURMESE_HONORIFICS = frozenset({"U", "Thakin"})
#: Burmese honorifics that are part of the name a person is known by: "U Nu", "Thakin Than Tun", "Daw Khin Gyi".
_BURMESE_NAME_HONORIFICS = frozenset({"U", "Thakin", "Daw"})
#: Words of a newspaper's name: "Dong-a Ilbo", "Liaoning Ribao", "Daily News", "Diário de Moçambique".
_PAPER_WORD = re.compile(r"Ilbo|Sinmun|Shimbun|Bao|Ribao|Daily|News|Times|Herald|Tribune|Gazette|Zeitung|Diario|Diário|"
                         r"Post|Press|"
                         r"Jornal|Journal|Pravda|Prensa|Courier|Chronicle|Observer|Telegraph|Express|Argus|Voice|Patrika|"
                         r"Hírlap|Napló|Közlöny|Újság|Shimpo|Shimpō|Nippo|Nippō")
#: A newspaper's last word after its town or its time of day ("the Montreal Star", "the Toronto Telegram",
#: "the Rand Daily Mail"), words that are no org's head alone.
_TOWN_PAPER_TITLES = frozenset("Star Journal Mail Telegram Globe Sun Examiner Chronicle Gazette Courier Inquirer "
                               "Advertiser Dispatch".split())
_PAPER_TIMES = frozenset("daily morning evening sunday weekly".split())
#: Heads of works and regional bodies named with their town after them: "Energy Combine Dresden".
_SEATED_HEADS = frozenset("leadership administration combine kombinat works plant factory shipyard enterprise "
                          "university executive bv kd mts authority mission".split())  # "US Mission Berlin"  # "BV Dresden", "KD Pirna" (the Stasi's offices)
#: A German church's name in one word, a place: "the Nikolaikirche", "the Zionskirche", "the Frauenkirche".
_GERMAN_CHURCH = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:kirche|kapelle)")
#: A German street or square in one word, a place: "Friedrichstraße", "Kemperplatz", "Heinrich-Heine-Straße".
_GERMAN_STREET = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*?(?:straße|strasse|Straße|platz|allee|chaussee|damm|ufer|gasse)")
#: The Stasi's main departments and administrations with their numeral or letter: "HA II", "HA XX", "HV A".
_STASI_UNITS = frozenset({"HA", "HV"})
#: Acronyms of bodies named with their seat after them: the Stasi's district administrations and
#: county offices, machine-tractor stations ("BV Dresden", "KD Pirna", "MTS Dürrröhrsdorf").
_SEATED_ACRONYMS = frozenset({"BV", "KD", "MTS", "BVfS", "KDfS", "PGR"})  # and Polish state farms: "PGR Karnice"
#: Abbreviations that end a body's name, with their full stop: "the Eastern Dept.", "Charles T. Main, Inc.".
_ABBREVIATED_HEADS = frozenset("dept inc ltd corp co bros".split())
#: The legal form after a firm's name: "Inc.", "Ltd.", "Corp.", "GmbH", "S.A." (after a comma or not).
_FIRM_FORMS = frozenset("Inc Ltd Corp Corporation GmbH AG SpA Limited".split())


def _with_abbreviation_dot(c, tokens):
    """An org whose name ends in an abbreviation takes its full stop: "the Eastern Dept."."""
    if c.kind == "org" and c.end < len(tokens) and not c.char_span and tokens[c.end - 1].key in _ABBREVIATED_HEADS \
            and tokens[c.end].text == "." and tokens[c.end].start == tokens[c.end - 1].end:
        return replace(c, end=c.end + 1)
    return c


def _merge_neighbours(chosen, joins, merged=None):
    """``chosen`` with each candidate that ``joins(prev, c)`` the one before it merged into that one:
    ``merged(prev, c)``, by default one org."""
    out = []
    for c in chosen:
        prev = out[-1] if out else None
        if prev is not None and not prev.char_span and not c.char_span and joins(prev, c):
            out[-1] = merged(prev, c) if merged else Candidate(prev.start, c.end, "org", prev.priority, cert="medium")
        else:
            out.append(c)
    return out


def _the_second_kind(prev, c) -> Candidate:
    """Two neighbours as one candidate of the second one's kind, priority and certainty."""
    return Candidate(prev.start, c.end, c.kind, c.priority, cert=c.cert)


def _slashed_acronyms(tokens, prev, c) -> bool:
    """Two bodies' acronyms written as one with a slash are one org: "CDU/CSU", "ARA/BC"."""
    return prev.kind == "org" and c.kind in ("org", "place") and c.start == prev.end + 1 \
        and tokens[prev.end].text == "/" and tokens[prev.end - 1].is_allcaps and tokens[c.start].is_allcaps \
        and tokens[prev.end].start == tokens[prev.end - 1].end and tokens[c.start].start == tokens[prev.end].end


#: Adjectives of a body of a territory, and the heads they go with: its "of" complement names the
#: territory, even one no list knows ("the Regional Committee of Ñuble", "the District Council of Kasungu").
_TERRITORIAL_ADJECTIVES = frozenset("regional provincial district city municipal county town village local area zonal"
                                    " oblast krai raion prefectural departmental".split())
_TERRITORIAL_HEADS = frozenset("committee council conference organisation organization branch assembly command"
                               " directorate administration".split())


def _territorial_body(tokens, e) -> bool:
    """Whether the org before ``of`` at token ``e`` is a territory's body: "Regional Committee"."""
    return e >= 2 and tokens[e - 1].key in _TERRITORIAL_HEADS and tokens[e - 2].key in _TERRITORIAL_ADJECTIVES


#: Adjectives that make no body's name of a weak head such as "leadership": "the new leadership".
_GENERIC_ADJECTIVES = frozenset("new old strong weak present current former whole entire collective party political"
                                " military top highest real true".split())


def _line_words(tokens, i) -> list:
    """The word tokens of the line token ``i`` stands on."""
    s = i
    while s > 0 and not tokens[s].nl:
        s -= 1
    e = i + 1
    while e < len(tokens) and not tokens[e].nl:
        e += 1
    return [t for t in tokens[s:e] if t.is_word]


def _word_of_a_line_in_capitals(tokens, i) -> bool:
    """Whether token ``i``, a short English word in capitals, is a word of a heading or a title in
    capitals ("THE ICE HAS BROKEN, BUT THE RIVER IS STILL COLD"), no acronym: the words of its line
    are all in capitals, and three or more of them are English words."""
    if not (len(tokens[i].text) <= 3 and lx.is_english(tokens[i].text)):
        return False
    words = [t for t in _line_words(tokens, i) if len(t.text) > 1]
    return all(t.is_allcaps for t in words) and sum(lx.is_english(t.text) for t in words) >= 3


def _place_before_body(tokens, boundaries, prev, c) -> bool:
    """After "the", a one-word place right before a body's name of three words or more is part of
    that body's name: "the Aden Trades Union Congress" (not the British TUC)."""
    return prev.kind == "place" and c.kind == "org" and prev.end - prev.start == 1 and prev.end == c.start \
        and c.end - c.start >= 3 and prev.start > 0 and tokens[prev.start - 1].key == "the" \
        and tokens[c.start].start - tokens[prev.start].end == 1 and not tokens[c.start].nl \
        and tokens[c.start].start not in boundaries and not tokens[prev.start].is_allcaps


def _firm_suffix_end(tokens, j) -> int:
    """The end (exclusive, past its full stop) of a firm's legal form right after token ``j - 1``
    ("Charles T. Main, Inc.", "Siemens AG"), or 0."""
    k = j + 1 if j < len(tokens) and tokens[j].text == "," else j
    if k >= len(tokens) or tokens[k].text not in _FIRM_FORMS or tokens[k].nl \
            or tokens[k].start - tokens[k - 1].end > 1:
        return 0
    dot = k + 1 < len(tokens) and tokens[k + 1].text == "." and tokens[k + 1].start == tokens[k].end
    return k + 2 if dot and tokens[k].key in _ABBREVIATED_HEADS else k + 1  # "Corp.", not "Corporation."


#: A German adjective in lowercase inside a body's name: "Bundesministerium für auswärtige Angelegenheiten".
_GERMAN_ADJECTIVE = re.compile(r"[a-zäöüß]{3,}(?:e|en|er|es|em)")
#: A word with the Hebrew article written on: "HaAvoda", "HaMishmar", "Ha'Ogen", "Ha'avoda".
_HEBREW_ARTICLE = re.compile(r"Ha(?:[A-Z][a-z]|'[A-Za-z])")


def _split_after_hebrew_article(tokens, i, j):
    """A run of capitalised words cut after a word with the Hebrew article when two or more
    words follow: "Ahdut HaAvoda Yigal Allon" is a party, then a man ("Ha'olam Hazeh" is one)."""
    for k in range(i, j - 2):
        if _HEBREW_ARTICLE.match(tokens[k].text):
            return [(i, k + 1), *_split_after_hebrew_article(tokens, k + 1, j)]
    return [(i, j)]


#: Dutch, German and Swedish particles before a surname: "van", "van der", "von", "von der", "af", "ter".
_GERMANIC_PARTICLES = frozenset("van von af ter zu".split())


def _germanic_particles_end(tokens, j) -> int:
    """The end (exclusive) of Dutch, German or Swedish particles and the capitalised surname after
    them from token ``j`` ("van den Berg", "von Stein", "af Klinteberg"), or 0."""
    n = len(tokens)
    if j >= n or tokens[j].text not in _GERMANIC_PARTICLES:
        return 0
    k = j + 1
    if k < n and tokens[k].text in ("der", "den", "dem", "de", "het") and tokens[k].start - tokens[k - 1].end == 1:
        k += 1
    if k < n and tokens[k].is_cap and tokens[k].is_word and not tokens[k].is_allcaps and not tokens[k].nl \
            and tokens[k].start - tokens[k - 1].end == 1:
        return k + 1
    return 0


def _on_venue_line(tokens, i) -> bool:
    """Whether token ``i`` names where minutes were taken: on a line that opens with "Location:",
    "Place:" or "Venue:", after the label, with only names and commas between."""
    k = i - 1
    while k > 0 and not tokens[k].nl and (tokens[k].text == "," or tokens[k].is_word and tokens[k].is_cap):
        k -= 1
    return k > 0 and tokens[k].text == ":" and tokens[k - 1].key in _VENUE_LABELS \
        and (k == 1 or tokens[k - 1].nl)


def _before(tokens, i):
    """The token before ``i``, past the full stop of an abbreviated cue: "Cde." and "Dr."
    are cues as "Comrade" and "Doctor" are."""
    if i > 1 and tokens[i - 1].text == "." and tokens[i - 1].start == tokens[i - 2].end \
            and tokens[i - 2].key in lx.PERSON_CUES:
        return tokens[i - 2]
    return tokens[i - 1] if i > 0 else None


class NameTagger:
    """Finds persons, places and orgs in a block of text (see module docstring)."""

    def __init__(self, authority, gazetteer):
        self.authority = authority
        self.gazetteer = gazetteer
        self.trie: dict = {}
        self.surnames: dict[str, list] = {}
        self.person_tokens: set[str] = set()
        self.given_names: set[str] = set()  # first words of the authority's persons of two words or more
        for surface, entries in authority.names().items():
            keys = token_keys(surface)
            if not keys:
                continue
            node = self.trie
            for k in keys:
                node = node.setdefault(k, {})
            node.setdefault(None, [])
            for entry in entries:
                if entry not in node[None]:
                    node[None].append(entry)
                if entry.kind == "person":  # not a Romance particle: "de", "la" of "Miguel de la Madrid" name
                    # nothing alone (as they would in "Ciudad de La Habana"); "Van" of "Van Fleet" does
                    self.person_tokens.update(k for k in keys if len(k) > 1 and k not in _ROMANCE_PARTICLES
                                              and not re.fullmatch(r"x[ivx]+", k))  # not "XII" of "Pius XII"
                    if len(keys) >= 2 and len(keys[0]) > 2 and keys[0] not in lx.EAST_ASIAN_SURNAMES:
                        self.given_names.add(keys[0])
        for surface, entries in authority.surnames().items():
            self.surnames.setdefault(surface.casefold(), []).extend(entries)
        gulf = [x for x in authority.find("Persian Gulf", "place")]
        self._gulf = gulf[0].id if gulf else None  # what "the Gulf" names

    # ------------------------------------------------------------ public

    def tag(self, text: str, memory: Memory, boundaries: set[int] = frozenset(),
            blocked: list[tuple[int, int]] = (), opens: set[int] = frozenset(),
            guesses: set[int] = frozenset()) -> list[Mention]:
        """Tag one block. ``boundaries``: offsets where editorial brackets open or close
        (``opens``: where they open; ``guesses``: where an editor's guessed reading opens,
        "[[Rónai?]]"); ``blocked``: character ranges already tagged (dates) that names must
        not overlap."""
        tokens = tokenize(text)
        blocked = [*blocked, *_code_lines(text)]
        memory.acronyms.update(t.text for t in tokens if t.start in opens and t.start not in guesses
                               and t.is_allcaps and t.is_word and len(t.text) >= 2 and t.end in boundaries
                               and t.text not in _MARKINGS)  # "RAHSIA [SECRET]" translates a marking
        memory.acronyms.update(t.text for k, t in enumerate(tokens) if t.text in _PARTY_STOP_ACRONYMS and k > 0
                               and tokens[k - 1].key == "the" and not tokens[k - 1].is_allcaps)  # "the PS"
        cands: list[Candidate] = []
        cands += self._letter_spaced(text, tokens)
        cands += self._authority(tokens, memory)
        cands += self._the_gulf(tokens)
        cands += self._places(tokens)
        cands += self._geo_names(tokens, boundaries)
        cands += self._orgs(tokens, opens, memory.acronyms)
        cands += self._expansions(tokens, opens, boundaries)
        cands += self._congresses(tokens, memory, opens)
        cands += self._numbered_places(tokens)
        cands += self._numbered_units(tokens)
        cands += self._numbered_works(tokens, opens)
        cands += self._vessels(tokens)
        cands += [Candidate(k, k + 1, "place", 3, cert="medium") for k, t in enumerate(tokens)
                  if _GERMAN_CHURCH.fullmatch(t.text) or _GERMAN_STREET.fullmatch(t.text)]  # "the Nikolaikirche",
        # "the Friedrichstraße", "Alexanderplatz", "Heinrich-Heine-Straße"
        cands += self._military_districts(tokens)
        cands += _albanian_linked_places(tokens)
        cands += [Candidate(k, k + 2, "place", 3, cert="medium") for k, t in enumerate(tokens[:-1])
                  if t.text in ("Zone", "ZONE") and re.fullmatch(r"[A-C]", tokens[k + 1].text)
                  and tokens[k + 1].start - t.end == 1]  # "Zone A" and "Zone B" of Trieste
        cands += self._places_before_their_noun(tokens, opens)
        cands += _hyphenated_firms(tokens, self.gazetteer)
        cands += self._bodies_named_after_their_kind(tokens, opens)
        cands += self._papers_named(tokens, opens)
        cands += self._sugar_mills(tokens, opens)
        cands += self._dailies(tokens, boundaries)
        cands += _dated_bodies(tokens)
        cands += self._persons(tokens, memory, boundaries)
        cands += _places_named_again(tokens, memory, self.gazetteer)
        cands += self._signature(text, tokens)
        cands += self._names_surname_first(text, tokens, memory)
        cands += self._participants(text, tokens, boundaries)
        cands += _names_of_paper_words(tokens)
        cands += _treasuries(tokens, self.gazetteer.is_demonym)
        cands += _nordic_firms(tokens)
        cands += _ampersand_firms(tokens, self.gazetteer.lookup_place)
        cands += _declassifying_officer(text, tokens)
        cands += self._dateline(text, tokens, blocked, memory, boundaries)
        cands += self._salutation(tokens)
        cands += self._code_names(tokens, memory)
        cands += self._speaker_labels(tokens, memory, boundaries)
        cands = [c for c in cands if not (c.kind == "org" and c.end - c.start == 1 and tokens[c.start].is_allcaps
                                          and (_in_reference_number(tokens, c.start)  # "Ref. ADN 27/4"
                                               or c.end < len(tokens) and tokens[c.end].key in ("franc", "francs")))
                 # (nor a currency's: "CFA francs")
                 and not (c.kind == "org" and tokens[c.start].key in ("executive", "staff") and c.start > 1
                          and [t.key for t in tokens[c.start - 2:c.start]] in (["the", "chief"], ["chief", "of"])
                          and c.start + 1 < len(tokens) and tokens[c.start + 1].key == "of")]
        # "the Chief Executive of ...", "the Chief of Staff of the Army": titles
        cands = [_with_polish_adjective(c, tokens) for c in cands]
        cands = _main_departments(cands, tokens, lambda k: self._known_place_after(tokens, k, boundaries))
        chosen = self._resolve(cands, tokens, blocked, boundaries)
        chosen += self._bracketed_variants(chosen, tokens, opens - guesses, boundaries)
        chosen += self._names_before_their_bracket(chosen, tokens, opens - guesses, boundaries)
        _acronyms_after_their_names(chosen, tokens)
        self._orgs_stay_orgs(chosen, tokens, memory)
        self._places_stay_places(chosen, tokens, memory)
        _bolshevik_suffix(chosen, tokens)
        return self._mentions(sorted(chosen, key=lambda x: x[1]), tokens, text, memory)

    def in_ordinary_case(self, text: str, bracketed=frozenset(), acronyms=frozenset(), known=frozenset()) -> str:
        """A text written in capitals (a telegram: "PARK INTENDS TO MEET KIM DAE-JUNG") as the
        rules can read it, in the same number of characters: a word the authority files or the
        gazetteer know as a name, or that is no English word, capitalised ("Park", "Kim Dae-jung");
        a short word that is no English word kept as an acronym ("ROK", "KCIA"), and so is a word alone
        in an editorial bracket (``bracketed``: its (start, end) spans; "[UNFDAC]") or one that an earlier
        bracket of the document gave (``acronyms``: "ARAMCO" after "[ARAMCO]"), but a short word the document
        has already given as a man's name is his name (``known``: "TAL" after "WASFI AL-TAL"); an English word in
        lowercase ("intends"), unless it is a country, a big city or a people. Then passes over the
        whole put names of several words, given names and surnames, heads of bodies and their words
        back in capitals, each commented below. Other text is returned as it is."""
        letters = [c for c in text if c.isalpha()]
        subject = SUBJECT_LABEL.match(text) is not None and len(text.split()) >= 5  # a telegram's subject reads as prose
        if len(letters) < 30 and not subject or sum(c.isupper() for c in letters) < 0.9 * len(letters) \
                or not subject and (len(text.split()) < 12 or not (
                    re.search(r"(?:[^\W\d_]{2,}[.;:]|,)(?:\s|$)", text)
                    or len(_PROSE_WORDS.intersection(text.casefold().split())) >= 2)):
            return text  # not running prose in capitals: a letterhead, a signature, a routing line

        def word(m):
            w = m.group(0)
            k = w.casefold()
            first = k.split("-")[0]
            if len(w) == 1 and m.start() > 0 and text[m.start() - 1] in "'’":
                return w.lower()  # the s of a possessive: "PEOPLE'S"
            if len(w) == 1 and text[m.end():m.end() + 1] == "." \
                    and (k not in ("a", "i") or re.match(r"\. [A-Z]\.", text[m.end():m.end() + 4])
                         or re.search(r"\b[A-Z]\. $", text[max(0, m.start() - 3):m.start()])
                         or self._given_name_before(text, m.start())):
                return w  # an initial: "LESTER L. WOLFF", "A. P. RATANOV", "P. A. ABRASIMOV", "JOHN A. WICKHAM"
            if k in ("st", "nd", "rd", "th") and text[m.start() - 1:m.start()].isdigit():
                return w.lower() if _UNIT_AFTER_ORDINAL.match(text, m.end()) else w  # an ordinal's letters, lowered
                # before a unit ("341ST DIVISION"), not elsewhere ("OF 13TH FEDAYEEN", "ON 21ST.")
            if k in _FUNCTION or k in _CABLE_WORDS:
                return w.lower()
            if (m.start(), m.end()) in bracketed and len(w) >= 2 or w in acronyms:
                return w  # an acronym the translator gave: "[UNFDAC]", here or before (``acronyms``)
            if 2 <= len(w) <= 6 and text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")":
                return w  # a word alone in parentheses, after a body's name: "NEWS AGENCY (ENA)"
            if len(w) >= 2 and _ROMAN.match(w):
                return w  # a regnal or section number: "JOHN PAUL II"
            if self._written_so(w) and (not lx.is_english(k) or k not in _CAPS_WORDS_NOT_ACRONYMS
                                        or k == "us" and _us_the_country(text, m.start(), m.end())):
                return w  # an acronym the authority files know: "USG", "ROK", "KCIA", "PAP"; "US SUPPORT"
            if k.rstrip(".") in lx.PERSON_CUES or k in lx.MONTH_WORDS or k in _CAPS_HEADS:
                return w.capitalize()  # "President Park", "November", "Agency"
            if lx.is_english(k) and not (k in lx.EAST_ASIAN_SURNAMES or k in self.surnames):
                hit = self.gazetteer.lookup_place(w.capitalize())
                if hit is not None and (hit.feature == "country" or hit.population >= _BIG_CITY) \
                        or self.gazetteer.is_demonym(w.capitalize()):
                    return w.capitalize()  # a country, a big city or a people: "TURKEY", "PERM", "POLISH"
                return w.lower()
            if first in self.trie or first in lx.EAST_ASIAN_SURNAMES or first in self.person_tokens \
                    or self.gazetteer.lookup_place(w.capitalize()):
                return _hyphenated_cased(w)
            if "-" in w and all(len(p) <= 4 for p in w.split("-")):
                return w.capitalize()  # Chinese and Korean given names: "CHIA-KAN", "DAE-JUNG"
            if k in known and not self._written_so(w):
                return w.capitalize()  # "TAL IS TOUGH" after "WASFI AL-TAL"
            if len(w) <= 4 and re.search(r"\b(?:IN|ON|AT|TO|FROM|NEAR|OF) $", text[max(0, m.start() - 6):m.start()]) \
                    and not self._written_so(w) and w not in _STOP_ACRONYMS:
                return w.capitalize()  # a place's short name after a preposition: "TO BURU"
            if len(w) <= 4:
                return w  # an acronym: "KCIA", "DMZ"
            return _hyphenated_cased(w)

        out = self._known_names_cased(text, re.sub(r"[^\W\d_]+(?:-[^\W\d_]+)*", word, text))
        out = _spelled_out_acronyms(out, text, bracketed)
        def given_name(m):  # unless the authority files write it so
            return m.group(1) if self._written_so(m.group(1)) else m.group(1).capitalize()

        # a short word before an initial and a surname is a given name, not an acronym: "FOY D. KOHLER"
        out = re.sub(r"\b([A-Z]{2,4})(?= [A-Z]\. [A-Z][a-z])", given_name, out)
        # and so is one after a listed surname and before an initial: "HADSEL, FRED L., AMBASSADOR"
        out = re.sub(r"(?<=[a-z], )([A-Z]{2,4})(?= [A-Z]\.[,;])", given_name, out)
        # an English given name before an initial or a name: "JOHN R. BARTELS", "FRANK Kellogg"
        out = re.sub(r"\b([a-z]+)(?= ([A-Z]\. )?[A-Z][a-z]*\b)",
                     lambda m: m.group(1).capitalize() if m.group(1) in _GIVEN_NAMES_IN_CAPS
                     or m.group(2) and m.group(1) in lx.GIVEN_NAMES and m.group(1) not in _AUXILIARIES
                     else m.group(1), out)  # "MAX M. KAMPELMAN": before an initial, even "max" is a name
        # an English word right after a given name the authority files know, or a name after a title, is a
        # surname: "IAN SMITH", "EDWARD HEATH", "SPOKESMAN JERZY URBAN"
        out = _WORD_AFTER_NAME.sub(lambda m: f"{m.group(1)} {m.group(2).capitalize()}"
                                   if text[m.start(2):m.end(2)].isupper() and _surname_word(m.group(2))
                                   and ((m.group(1).casefold() in self.given_names
                                         or (m.group(1).casefold() in _GIVEN_NAMES_IN_CAPS
                                             or m.group(1).casefold() in lx.ENGLISH_GIVEN_NAMES)
                                         and not lx.is_english(m.group(1).casefold()))  # "IVAN HEAD", "DONALD DUCK"
                                        and m.group(1).casefold() not in lx.EAST_ASIAN_SURNAMES
                                        or _after_title(out, m.start()) and not m.group(2).endswith("s")
                                        and not _DETERMINER_NEXT.match(out, m.end())  # not "PRESIDENT CARRY A LETTER"
                                        or m.group(1).casefold() in lx.STRONG_PERSON_CUES
                                        and m.group(2) not in lx.ROLE_WORDS and m.group(2) not in lx.PERSON_CUES
                                        and m.group(2) not in ("himself", "herself") and not m.group(2).endswith("s")
                                        and _SURNAME_NEXT.match(out, m.end()))  # not "IN GENERAL TERMS WOULD"
                                   else m.group(0), out)  # "PRESIDENT FORD": a surname right after a title
        # a head that is also a common word, after a place or a name: "the MOSCOW HELSINKI GROUP"
        out = _LOWER_HEAD_AFTER_NAME.sub(lambda m: f"{m.group(1)} {m.group(2).capitalize()}"
                                         if text[m.start(2):m.end(2)].isupper()
                                         and not self.gazetteer.is_demonym(m.group(1))
                                         and (self.gazetteer.lookup_place(m.group(1))
                                              or self._reads_as_name(m.group(1)))
                                         else m.group(0), out)
        # a word in capitals after a given name and an initial is a surname, English word or not:
        # "Roger A. STEWARD", "Stanley B. HAAS"
        out = re.sub(r"\b([A-Z][a-z]+) ([A-Z]\.) ([A-Za-z]{2,})\b",
                     lambda m: f"{m.group(1)} {m.group(2)} {m.group(3).capitalize()}"
                     if text[m.start(3):m.end(3)].isupper() and not self._written_so(m.group(3))
                     and (m.group(1).casefold() in lx.GIVEN_NAMES or m.group(1).casefold() in self.given_names)
                     and _surname_word(m.group(3).casefold()) else m.group(0), out)
        # a short word in capitals right after a name is the name's next part: "Nihat ERIM", "Korkut OZAL"
        out = re.sub(r"\b([A-Z][a-z]{2,}) ([A-Z]{2,4})\b",
                     lambda m: m.group(0) if self._written_so(m.group(2)) or m.group(2).casefold() in _CABLE_WORDS
                     or not (self._reads_as_name(m.group(1)) or m.group(1).casefold() in self.given_names)
                     else f"{m.group(1)} {m.group(2).capitalize()}", out)  # (a known given name: "RASHID SOLH")
        # a short English word before a hyphenated given name is a surname: "YEN CHIA-KAN"
        out = re.sub(r"\b([a-z]{2,4}) (?=[A-Z][a-z]+-[a-z]+\b)",
                     lambda m: m.group(0) if not text[m.start(1):m.end(1)].isupper() or m.group(1) in _FUNCTION
                     or m.group(1) in _AUXILIARIES else m.group(1).capitalize() + " ", out)
        # a short word in capitals right before a name is a name's syllable, not an acronym: "THAO Ma", "YEN Chia-kan",
        # "LOPO do Nascimento"
        out = re.sub(r"\b([A-Z]{2,4}) (?=(?:(?:do|da|dos|das|de|di|du|del|van|von|bin|ibn) )?[A-Z][a-z]+(?:-[a-z]+)?\b)",
                     lambda m: m.group(0) if self._written_so(m.group(1)) else m.group(1).capitalize() + " ", out)
        # a compass word before a place: "NORTH SUMATRA", "CENTRAL JAVA"
        out = re.sub(r"\b(north|south|east|west|central|northern|southern|eastern|western) (?=([A-Z][a-z]+))",
                     lambda m: m.group(0).capitalize() if text[m.start():m.end(1)].isupper()
                     and self.gazetteer.lookup_place(m.group(2)) else m.group(0), out)
        # a Korean name's two syllables after its surname, English words or not: "CHOI KYU HAH", "CHA CHI CHOL"
        for m in _SYLLABLES_AFTER_SURNAME.finditer(out):
            if self._korean_syllables(m, text):
                a, b = m.start(2), m.end(3)
                out = out[:a] + " ".join(x.capitalize() for x in out[a:b].split(" ")) + out[b:]
        # the English words right before an org's head are its name: "Seoul National University"
        out = _BEFORE_CAPS_HEAD.sub(self._name_before_head, out)
        # an org's "of", "on" or "for" complement up to a stop: "UN Commission on Narcotic Drugs,"
        out = _AFTER_CAPS_HEAD.sub(lambda m: m.group(1) + " ".join(
            x if x in _FUNCTION or x in _AUXILIARIES else x.capitalize() for x in m.group(2).split(" ")), out)
        # a Spanish or Portuguese particle inside a name in capitals: "CENTRO DE ALTOS ESTUDIOS", "LA VOZ DEL INTERIOR"
        out = re.sub(r"(?<=[A-Za-z] )(De|DE|Del|DEL|Da|DA|Do|DO|Dos|DOS|Y)(?= [A-Za-z])",
                     lambda m: m.group(1).lower() if text[m.start():m.end()].isupper() else m.group(0), out)
        # the words after a foreign body's head, up to an English word of grammar, are its name: "Centro de altos
        # Estudios", "Banco central de Reserva", "union Obrera Metalurgica" (the head itself an English word)
        out = _AFTER_FOREIGN_HEAD.sub(lambda m: self._foreign_name_cased(m, text), out)
        # a short word in capitals after a given name and a surname is a second surname: "JOSE LOPEZ REGA"
        out = re.sub(r"\b([A-Z][a-z]+) ([A-Z][a-z]+) ([A-Z]{2,4})\b",
                     lambda m: f"{m.group(1)} {m.group(2)} {m.group(3).capitalize()}"
                     if (m.group(1).casefold() in lx.ROMANCE_GIVEN_NAMES or m.group(1).casefold() in self.given_names)
                     and not self._written_so(m.group(3)) else m.group(0), out)
        # a place's name and its base: "HALIM AIR BASE", "WHEELUS AIR BASE"
        out = re.sub(r"\b([A-Z][a-z]+) (air base|air force base|naval base)\b",
                     lambda m: f"{m.group(1)} {m.group(2).title()}" if text[m.start():m.end()].isupper()
                     and not lx.is_english(m.group(1).casefold()) else m.group(0), out)
        # a place's name and its kind of place: "HELMAND VALLEY", "MEKONG DELTA"
        out = re.sub(r"\b([A-Z][a-z]+) (valley|river|delta|mountains|plain|plateau|peninsula|strait|gulf|bay"
                     r"|lake|basin|coast|islands|island)\b",
                     lambda m: f"{m.group(1)} {m.group(2).capitalize()}" if text[m.start():m.end()].isupper()
                     and (self.gazetteer.lookup_place(m.group(1)) or not lx.is_english(m.group(1).casefold()))
                     and not self.gazetteer.is_demonym(m.group(1)) else m.group(0), out)
        # a compass word and a region, state or province: "EASTERN REGION", "EAST CENTRAL STATE"
        out = re.sub(r"\b(?:(?:north|south|east|west)(?:-| )?(?:central|eastern|western)? |(?:northern|southern|eastern"
                     r"|western|central|mid-western) )(?:region|state|province|district)\b",
                     lambda m: m.group(0).title() if text[m.start():m.end()].isupper() else m.group(0), out)
        # a Romance article before a name that is no English word opens the name: "LA TERCERA", "EL SIGLO"
        out = re.sub(r"(?<!\bde )(?<!\bdel )(?<!\bda )(?<!\bdi )(?<!\bdu )(?<!\by )(?<![A-Z]\. )"
                     r"\b(la|las|los|el|le|les|il)"
                     r" (?=([A-Z][a-z]+)\b)",
                     lambda m: m.group(0).capitalize() if text[m.start():m.end(1)].isupper()
                     and not lx.is_english(m.group(2).casefold()) else m.group(0), out)
        # a short word in capitals after a name's particle is the name's last part: "RUIZ DE LA PENA"
        out = re.sub(r"\b([A-Z][a-z]+ (?:de|De|da|do|del|van|von|di|du|dos|bin|ibn)(?: la| los)? )([A-Z]{2,4})\b",
                     lambda m: m.group(0) if self._written_so(m.group(2)) else m.group(1) + m.group(2).capitalize(),
                     out)
        # a house of a parliament whose head is also a common word: "CHAMBER OF DEPUTIES"
        out = re.sub(r"\b(?:chamber|house) of (?:deputies|representatives|commons|lords|councillors|peers"
                     r"|nationalities|notables)\b",
                     lambda m: m.group(0).title().replace(" Of ", " of ") if text[m.start():m.end()].isupper()
                     else m.group(0), out)
        out = _PORTFOLIO_AFTER_MINISTRY.sub(lambda m: m.group(1) + " ".join(
            x if x in _FUNCTION else x.capitalize() for x in m.group(2).split(" ")), out)
        out = _NATIONAL_SERVICE.sub(lambda m: m.group(0) if not (self.gazetteer.is_demonym(m.group(1))
                                                                 or self.gazetteer.lookup_place(m.group(1)))
                                    else f"{m.group(1)} {m.group(2).title()}", out)
        return out if len(out) == len(text) else text

    @staticmethod
    def _foreign_name_cased(m, text: str) -> str:
        """A foreign body's head in a text put in ordinary case and the words after it up to an English
        word of grammar, capitalised but for particles (see :data:`_AFTER_FOREIGN_HEAD`)."""
        if not text[m.start():m.end()].isupper():
            return m.group(0)
        words = m.group(0).split(" ")
        end = 1
        while end < len(words) and (words[end] in _NAME_JOINS or not lx.is_english(words[end].casefold())
                                    or words[end].casefold() in _ROMANCE_COGNATES):
            end += 1
        while end > 1 and words[end - 1] in _NAME_JOINS:
            end -= 1  # not "Banco de" before "the"
        if end == 1 or not any(w[:1].isupper() for w in words[1:end]) and words[0][1:].islower() \
                and lx.is_english(words[0].casefold()):
            return m.group(0)  # "union officials": an English head and English words
        return " ".join([w if w in _NAME_JOINS else w[:1].upper() + w[1:] for w in words[:end]] + words[end:])

    def _known_names_cased(self, text: str, out: str) -> str:
        """``out`` with the names of two to seven words in capitals in ``text`` that the authority
        files or the gazetteer know put in their case, longest first from each word on ("UNITED
        NATIONS", "NEW YORK TIMES", "IN PORT LOUIS. WILKOWSKI", "POPULAR FRONT FOR THE LIBERATION OF
        PALESTINE")."""
        for m in _CAPS_WORDS.finditer(text):
            words = [(w.start() + m.start(), w.group()) for w in re.finditer(r"\S+", m.group(0))]
            a = 0
            while a < len(words) - 1:
                for n in (7, 6, 5, 4, 3, 2):
                    part = [w for _, w in words[a:a + n]]
                    if part:
                        part[-1] = part[-1].rstrip(".")
                    if len(part) < n or part[-1].casefold() in _FUNCTION:
                        continue
                    opens_with_grammar = part[0].casefold() in _FUNCTION  # "ALL INDIA RADIO": only as written
                    cased = " ".join(x.lower() if x.casefold() in _FUNCTION else x.capitalize() for x in part)
                    keys = token_keys(cased)
                    entries = self._lookup(keys)
                    written = [x for e in entries or () for x in (e.name, *e.variants)
                               if len(x) == len(cased) and token_keys(x) == keys]
                    if opens_with_grammar and not (written and written[0][:1].isupper() and n >= 3):
                        continue
                    if written:
                        cased = written[0]  # as the authority files write it: "CPSU CC", not "Cpsu Cc"
                    if entries or self.gazetteer.lookup_place(cased):
                        start = words[a][0]
                        out = out[:start] + cased + out[start + len(cased):]
                        a += n - 1
                        break
                a += 1
        return out

    def _given_name_before(self, text: str, i: int) -> bool:
        """Whether the word in capitals that ends right before ``i`` (and a space) is a given name."""
        before = re.search(r"\b([A-Z]{2,}) $", text[max(0, i - 20):i])
        return bool(before) and (before.group(1).casefold() in lx.GIVEN_NAMES
                                 or before.group(1).casefold() in self.given_names)

    @staticmethod
    def _name_before_head(m) -> str:
        """The lowercase words before an org's head, capitalised from the last function
        word, auxiliary, common qualifier or verb in the past tense on: "republican people's [Party]",
        "the opposition [Justice Party]", "told an [Embassy]", "asked [Ethiopian Airlines]", "told [Embassy]
        officer", "[New Democratic Party] wants federal [Company]"."""
        words = m.group(0).split(" ")
        last = max((i for i, x in enumerate(words) if x in _FUNCTION or x in _AUXILIARIES or x in _QUALIFIERS
                    or x.endswith("ed") and x not in _NAME_PARTICIPLES or x in _NOT_SURNAMES  # "told", "wants"
                    or x.endswith("ing") and x not in _HEAD_PARTICIPLES  # "promising"
                    or x in _HEAD_QUALIFIERS and i == len(words) - 2), default=-1)
        return " ".join(x if i <= last else x.capitalize() for i, x in enumerate(words))

    @staticmethod
    def _korean_syllables(m, text: str) -> bool:
        """Whether the two short words after an East Asian surname (groups 2 and 3 of ``m``) are
        its given name: printed in capitals, neither a function word, an auxiliary or a verb of
        saying, one no English word."""
        keys = [m.group(2).casefold(), m.group(3).casefold()]
        if m.group(2).capitalize() in _VIETNAMESE_MIDDLE_NAMES_IN_CAPS \
                and (m.group(1).casefold() in lx.EAST_ASIAN_SURNAMES or m.group(1) in _VIETNAMESE_SURNAMES) \
                and text[m.start(2):m.end(3)].isupper() \
                and keys[1] not in _FUNCTION and keys[1] not in _NOT_SURNAMES and not keys[1].endswith("ed"):
            return True  # a Vietnamese middle name, then the given name, English word or not: "NGUYEN BA CAN"
        return m.group(1).casefold() in lx.EAST_ASIAN_SURNAMES and text[m.start(2):m.end(3)].isupper() \
            and not any(k in _FUNCTION or k in _AUXILIARIES or k in _NOT_SURNAMES
                        or k.endswith("s") and lx.is_english(k) for k in keys) \
            and not all(lx.is_english(k) for k in keys)  # not "PARK CHUNG HEE TOLD", "... HEE WINS"

    def _reads_as_name(self, w: str) -> bool:
        """Whether a capitalised word of a text put in ordinary case reads as a person's name:
        no role, month, org head, place or English word."""
        k = w.casefold()
        return not (lx.is_english(k) or k.rstrip(".") in lx.PERSON_CUES or k in lx.MONTH_WORDS
                    or k in _CAPS_HEADS or self.gazetteer.lookup_place(w))

    def _written_so(self, word: str) -> bool:
        """Whether the authority files write a name exactly as ``word`` ("KCIA", "ROK")."""
        return any(word == n for e in self._lookup((word.casefold(),)) or () for n in (e.name, *e.variants))

    def guessed_person(self, text: str) -> bool:
        """Whether an editor's guessed reading ("[[Rónai?]]", "[[K. Tomov?]]") that no rule
        tagged is a person's name: initials and capitalised words, at least one of them a
        name, and not a place or body the gazetteer or the authority files know."""
        tokens = tokenize(text)
        if not tokens or len(tokens) > 10:
            return False
        named, i = False, 0
        if len(tokens) >= 3 and tokens[-1].text == "." and len(tokens[-2].text) == 1 and tokens[-2].text.isupper() \
                and tokens[-3].is_word and tokens[-3].is_cap and len(tokens[-3].text) > 2:
            tokens, named = tokens[:-2], True  # "[[Kiss G.?]]": a family name and the initial after it
        while i < len(tokens):
            if self._initial_at(tokens, i):
                i += 2
                continue
            t = tokens[i]
            if not (t.is_word and t.is_cap) or t.key in lx.NOT_NAME_WORDS:
                return False
            named = named or self._name_token(t)
            i += 1
        words = tuple(t.key for t in tokens)
        return named and not self.gazetteer.lookup_place(text) \
            and not any(x.kind != "person" for x in self._lookup(words) or ())

    # ------------------------------------------------------------ candidates

    def _letter_spaced(self, text, tokens):
        out = []
        for m in _LETTER_SPACED.finditer(text):
            if not m.group(1)[0].isupper():
                continue
            words = [w.replace(" ", "") for w in re.split(r" {2,}", m.group(1))]  # "D a r   e s   S a l a a m"
            if len(words) == 1:  # "L a P a z": the words' capitals show where they begin
                words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", words[0]).split(" ")
            joined = " ".join(words)
            keys = tuple(w.casefold() for w in words)
            entries = self._lookup(keys) or (self.surnames.get(keys[0]) if len(keys) == 1 else None)
            if len(joined) < 4 and not (entries and entries[0].kind == "place"):
                continue  # three letters only for a place the authority knows: "R o m"
            hit = None if entries else self.gazetteer.lookup_place(joined if len(words) > 1 else joined.capitalize())
            s, e = _token_span(tokens, m.start(), m.end())  # a letter-spaced name begins and ends with a letter
            alone = text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip() == "" \
                and text[m.end():(text.find("\n", m.end()) + 1 or len(text) + 1) - 1].strip() == ""
            if not entries and not hit and len(words) == 1 and words[0][1:].islower() and alone \
                    and not lx.is_english(words[0]):  # not "N o t e", "C o n f i d e n t i a l"
                out.append(Candidate(s, e, "place", 4, cert="low", name=words[0]))  # the town of a letterhead,
                continue  # on a line of its own: "M e s h h e d"
            if not entries and not hit:
                out.append(Candidate(s, e, _BLOCK, 5))  # "I N F O R M A T I O N" holds no "M A T I"
                continue
            if entries:
                entry = entries[0]
                out.append(Candidate(s, e, entry.kind, 5, ref=entry.id))
            else:
                out.append(Candidate(s, e, "place", 4, name=hit.name, idnos=_geo(hit)))
        return out

    def _lookup(self, keys):
        node = self.trie
        for k in keys:
            node = node.get(k)
            if node is None:
                return None
        return node.get(None)

    def _authority(self, tokens, memory=None):
        """Longest authority names at each capitalised token; a name several entries share
        (Voroshilov the town and the marshal) is decided by its context, and a single word this
        document has used as a person's surname is left to the person rules ("Choibalsan" after
        "Kh. Choibalsan", though a town has the name)."""
        out = []
        n = len(tokens)
        for i, tok in enumerate(tokens):
            if not (tok.is_cap and tok.is_word):
                continue
            node, best = self.trie, None
            j = i
            while j < n and tokens[j].key in node:
                node = node[tokens[j].key]
                j += 1
                if None in node and self._case_ok(tokens[i:j], node[None]):
                    best = (j, list(node[None]))
            if best:
                j, entries = best
                if j - i == 1:
                    entries += [x for x in self.surnames.get(tok.key, []) if x not in entries]
                entry = self._choose(entries, tokens, i, j)
                if j - i == 1 and entry.kind != "person" and memory is not None and tok.key in memory.aliases \
                        and any(k.endswith(" " + tok.key) or f" {tok.key} " in k and ref == memory.aliases[tok.key]
                                for k, ref in memory.aliases.items()):
                    continue  # "Salinas" after "Carlos Salinas de Gortari"
                if entry.kind == "org" and i >= 2 and tokens[i - 1].key in ("of", "for") \
                        and tokens[i - 2].key == "minister" and not any(t.key in lx.ORG_HEADS for t in tokens[i:j]):
                    continue  # "the Minister of State Security": the title's field, not the body "State Security"
                out.append(Candidate(i, j, entry.kind, 6, ref=entry.id))
        return out

    def _case_ok(self, toks, entries) -> bool:
        """Single-token matches must keep the name's case (an acronym stays ALL CAPS, a
        name stays capitalised): 'China' yes, 'china' no, 'Un' no."""
        first = toks[0].text
        for entry in entries:
            for name in (entry.name, *entry.variants):
                ref = _name_tokens(name)
                if len(ref) != len(toks) or ref[0].key != toks[0].key:
                    continue
                ref_first = ref[0].text
                if ref_first.isupper() and len(ref_first) > 1 and not first.isupper():
                    continue
                if any(r.text[:1].isupper() and t.text[:1].islower()
                       and (t.key in lx.GEO_HEADS or entry.kind == "org" and t.key in lx.ORG_HEADS
                            and t.key not in _LOWERCASE_ORG_HEADS)
                       for r, t in zip(ref[1:], toks[1:])):
                    continue  # "North Pyongan province", "UN command": a lowercase generic stays outside
                return True
        return False

    def _choose(self, entries, tokens, s, e):
        if len(entries) == 1:
            return entries[0]
        kinds = {x.kind for x in entries}
        prev = _before(tokens, s)
        nxt = tokens[e] if e < len(tokens) else None
        if "place" in kinds:
            hyphen_pair = (prev and prev.text == "-") or (nxt and nxt.text == "-") or "-" in tokens[s].text
            if hyphen_pair or (prev and prev.key in _LOCATIVE):
                return next(x for x in entries if x.kind == "place")
        if "person" in kinds:
            if prev and (prev.key.rstrip(".") in lx.PERSON_CUES or prev.text in (",",)):
                return next(x for x in entries if x.kind == "person")
        order = {"org": 0, "place": 1, "person": 2}
        return sorted(entries, key=lambda x: order.get(x.kind, 3))[0]

    def _places(self, tokens):
        out = []
        n = len(tokens)
        for i, tok in enumerate(tokens):
            if not (tok.is_cap and tok.is_word) or tok.is_allcaps and tok.text in _STOP_ACRONYMS \
                    and not (tok.text in ("LA", "LAS", "LOS") and i + 1 < n and tokens[i + 1].is_allcaps
                             and self.gazetteer.lookup_place(f"{tok.text} {tokens[i + 1].text}")):
                continue  # not "NARA" of a declassification stamp (the city is "Nara"); but "LA PAZ"
            if tok.text in _TOWNS_NAMED_LIKE_WORDS and i > 0 and tokens[i - 1].key in _TOWN_PREPOSITIONS \
                    and not tokens[i - 1].is_cap and not (i + 1 < n and tokens[i + 1].is_cap and tokens[i + 1].is_word
                                                          and tokens[i + 1].start - tok.end == 1):
                out.append(Candidate(i, i + 1, "place", 3, cert="medium"))  # "the prefect in Nice", "from Malé"
                continue
            common = tok.key in lx.NOT_NAME_WORDS  # "Mar" alone is March, "Mar del Plata" a city
            if tok.key in lx.PERSON_CUES and i + 2 < n and tokens[i + 1].text == "." \
                    and tokens[i + 1].start == tok.end and self._name_token(tokens[i + 2]):
                continue  # "Mons. Costa Lopes" (Monsignor), not the town of Mons (but "SHAPE at Mons. The ...")
            cue = _before(tokens, i)
            if cue is not None and cue.key.rstrip(".") in lx.PERSON_CUES:
                continue  # "Ambassador Shcherbakov", "Cde. Voroshilov": a person, whatever towns share the name
            if i >= 2 and tokens[i - 1].text == "." and self._initial_at(tokens, i - 2):
                continue  # "Kh. Choibalsan": after an initial, a person, though a town has the name
            if "-" in tok.text and not self._hyphenated_surname(tokens, i) \
                    and not self._hyphenated_given_names(tokens, i) \
                    and not (i > 0 and tokens[i - 1].is_cap and tok.start - tokens[i - 1].end == 1
                             and not tokens[i].nl and self._given_name(tokens[i - 1].text)
                             and not self._place_like(tokens[i - 1])):  # "Christian Kamara-Taylor": a surname
                # a hyphenated pair of places: Pyongyang-Voroshilov (not given names: "Bernd-Lutz Lange")
                parts = tok.text.split("-")
                if len(parts) == 2 and parts[-1] in _HYPHENATED_PAPER_ENDS and parts[0][:1].isupper():
                    out.append(Candidate(i, i + 1, "org", 6, cert="medium"))  # "Madagascar-Matin", "Paris-Match"
                    continue
                if all(p[:1].isupper() for p in parts) and not self.gazetteer.is_demonym(parts[-1]) \
                        and not _LANGUAGE.search(parts[-1]):
                    # a part may continue into the word before or after: "Ulan Bator-Peking"
                    before = tokens[i - 1] if i > 0 and tokens[i - 1].is_cap and not tokens[i - 1].nl \
                        and tok.start - tokens[i - 1].end == 1 else None
                    after = tokens[i + 1] if i + 1 < n and tokens[i + 1].is_cap and not tokens[i + 1].nl \
                        and tokens[i + 1].start - tok.end == 1 else None
                    whole = [x for x in (f"{before.text} {tok.text}" if before else None, tok.text,
                                         f"{tok.text} {after.text}" if after else None) if x]
                    if any(self.gazetteer.lookup_place(x) for x in whole):
                        parts = []  # a place whose own name has a hyphen: "Baden-Württemberg", "North Rhine-Westphalia"
                    elif any(len(p) <= 3 and not p.isupper() and not self.gazetteer.lookup_place(p) for p in parts) \
                            and any(self.gazetteer.lookup_place(p) for p in parts) and not _ARTICLE_NAME.match(tok.text):
                        out.append(Candidate(i, i + 1, "place", 3, cert="medium"))  # "Ny-Ålesund": "Ny" is "new"
                        continue
                    spans = []
                    pos = tok.start
                    for k, part in enumerate(parts):
                        a, b, first, last, surface = pos, pos + len(part), i, i + 1, part
                        if k == 0 and before and self.gazetteer.lookup_place(f"{before.text} {part}"):
                            a, first, surface = before.start, i - 1, f"{before.text} {part}"
                        if k == len(parts) - 1 and after and self.gazetteer.lookup_place(f"{part} {after.text}"):
                            b, last, surface = after.end, i + 2, f"{part} {after.text}"
                        spans.append((a, b, first, last, surface, self.gazetteer.lookup_place(surface)))
                        pos += len(part) + 1
                    if any(x[5] for x in spans) and not _ARTICLE_NAME.match(tok.text):
                        for a, b, first, last, surface, hit in spans:
                            entry = self._place_entry(surface, hit)
                            out.append(Candidate(first, last, "place", 3, ref=entry[0], name=entry[1],
                                                 idnos=entry[2], char_span=(a, b)))
                        continue
            for length in (4, 3, 2, 1):
                j = i + length
                if j > n or common and length == 1:
                    continue
                span = tokens[i:j]
                if not all(t.is_word and (t.is_cap or 0 < k < length - 1 and t.text in _PLACE_INNER_WORDS)
                           for k, t in enumerate(span)) or not span[-1].is_cap:
                    continue
                surface = " ".join(t.text for t in span)
                hit = self.gazetteer.lookup_place(surface)
                if hit and common and (not hit.name.startswith(tok.text)
                                       or self.gazetteer.lookup_place(" ".join(t.text for t in span[1:]))):
                    continue  # "The Hague" is the city's name; "The Netherlands" is the article and a name
                if hit and length == 1 and tok.is_allcaps and len(tok.text) <= 4 and not tok.text.isascii() \
                        and tok.text.casefold() != hit.name.casefold():
                    continue  # "ČOS" (a Czech acronym) is not the island Cos: a short word in capitals keeps its accents
                if hit:
                    ref, name, idnos = self._place_entry(surface, hit)
                    out.append(Candidate(i, j, "place", 3, ref=ref, name=name, idnos=idnos))
                    break
        return out

    def _geo_names(self, tokens, boundaries=frozenset()):
        """Names with a geographical head ("Bistrica River", "North Hamgyong Province", "the
        Mat river"), a compass word before a name ("West Irian", "Lower Austria"), a place
        noun before one ("the station Erlian", "the island of Sazan"), and republics
        ("Socialist Republic of Macedonia", "Hungarian People's Republic"). None runs across
        an editorial bracket ("Erlian [Ereen]": a second name)."""
        out = []
        n = len(tokens)
        for h, tok in enumerate(tokens):
            if tok.key in _PLACE_LINKS and tok.text.islower() and 0 < h < n - 1:
                out += self._linked_place(tokens, h, boundaries)
            if not (tok.is_cap and tok.is_word):
                continue
            if (tok.text in _SPANISH_PLACE_WORDS or tok.text.capitalize() in _SPANISH_PLACE_WORDS and tok.is_allcaps
                    or tok.text == "San") and h + 1 < n and tokens[h + 1].is_cap \
                    and tokens[h + 1].is_word and tokens[h + 1].start - tok.end == 1 and not tokens[h + 1].nl:
                e = _capitalised_run(tokens, h + 1, 3, lambda t: t.start not in boundaries)
                # not "the Sierra Leone Development Company": a known place, then a body's name
                body_after = e > h + 2 and self.gazetteer.lookup_place(f"{tok.text} {tokens[h + 1].text}")
                linked = self._romance_link_end(tokens, e, boundaries)  # "San Antonio de los Baños"
                if (linked or tok.text != "San") and not body_after:  # "San Francisco" alone is the
                    # gazetteer's, "San Martín" a man
                    out.append(Candidate(h, linked or e, "place", 3, cert="medium"))  # "Puerto Sandino"
            elif tok.text in _SPANISH_PLACE_WORDS and h + 2 < n and tokens[h + 1].text in ("de", "del") \
                    and tokens[h + 1].start - tok.end == 1 and not tokens[h + 1].nl:
                linked = self._romance_link_end(tokens, h + 1, boundaries)
                if linked:
                    out.append(Candidate(h, linked, "place", 3, cert="medium"))  # "Ciénaga de Zapata", "Sierra de Cubitas"
            if h + 2 < n and tokens[h + 1].text in ("de", "del") and self.gazetteer.lookup_place(tok.text) \
                    and (tokens[h + 2].text in ("la", "las", "los")
                         or self.gazetteer.lookup_place(tokens[h + 2].text)) \
                    and not (h > 0 and tokens[h - 1].is_cap and tokens[h - 1].is_word
                             and tokens[h - 1].end + 1 == tok.start):
                linked = self._romance_link_end(tokens, h + 1, boundaries)  # not "Lima de Souza", "Hermes Lima de ..."
                if linked:
                    out.append(Candidate(h, linked, "place", 3, cert="medium"))  # "Santiago de las Vegas"
            if tok.text == "Nam" and h > 0 and tokens[h - 1].key == "the" and h + 1 < n and tokens[h + 1].is_cap \
                    and tokens[h + 1].is_word and tokens[h + 1].start - tok.end == 1 and not tokens[h + 1].nl:
                out.append(Candidate(h, h + 2, "place", 3, cert="medium"))  # a Lao river: "the Nam Ngiep", "the Nam Ou"
            head_first = self._head_first_geo_end(tokens, h, boundaries)
            if head_first and not self.gazetteer.lookup_place(" ".join(t.text for t in tokens[h:head_first])):
                out.append(Candidate(h, head_first, "place", 3, cert="medium"))  # "Lake Khanka", "Sea of Okhotsk"
            if tok.text in ("SSR", "ASSR", "SFSR") and h > 0 and tokens[h - 1].is_cap and tokens[h - 1].is_word \
                    and tokens[h - 1].end + 1 == tok.start and not tokens[h - 1].is_allcaps:
                out.append(Candidate(_capitalised_start(tokens, h), h + 1, "place", 3, cert="medium"))  # "Kirghiz SSR"
            if _IZAFE_PLACE.match(tok.text):
                kind = "org" if tok.text.split("-")[0].casefold() in _IZAFE_BODY_HEADS else "place"
                out.append(Candidate(h, h + 1, kind, 2, cert="medium"))  # "Pul-i-Khumri", "Khost-o-Fereng";
                # a body's: "Bank-i-Millie", "Hizb-i-Islami", "Jamiat-i-Islami"
            if _KOREAN_PLACE.match(tok.text) and not lx.is_english(tok.text.split("-")[0]) \
                    and not (h > 0 and tokens[h - 1].key in lx.EAST_ASIAN_SURNAMES):
                out.append(Candidate(h, h + 1, "place", 2, cert="medium"))  # Chongsan-ri, not Kim Il-dong
            if tok.key in lx.COMPASS_WORDS and h + 1 < n and tokens[h + 1].start - tok.end == 1:
                e = h + 1
                while e < n and e - h <= 2 and tokens[e].is_cap and tokens[e].is_word \
                        and not tokens[e].nl and tokens[e].key not in _FUNCTION and tokens[e].key not in lx.ORG_HEADS \
                        and tokens[e].start not in boundaries \
                        and not self.gazetteer.is_demonym(tokens[e].text) \
                        and (self.gazetteer.lookup_place(tokens[e].text) or self._name_token(tokens[e])
                             or tokens[e].key in ("new",)):
                    e += 1
                known = self._known_place_after(tokens, h, boundaries)
                if known and known < e:
                    e = known  # "On Inner Mongolia Choibalsan said": the place the gazetteer knows, then a name
                if e > h + 1 and not self._is_place_name(tokens[h:e]) and tokens[e - 1].key != "new":
                    out.append(Candidate(h, e, "place", 3, cert="medium"))
            run_end = h + 1
            while run_end < n and tokens[run_end].is_cap and tokens[run_end].is_word \
                    and tokens[run_end].start - tokens[run_end - 1].end == 1 and run_end - h < 3 \
                    and tokens[run_end].start not in boundaries:
                run_end += 1
            nxt = tokens[run_end] if run_end < n else None
            prev = tokens[h - 1] if h > 0 else None
            plain = all(self._name_token(t) or self.gazetteer.lookup_place(t.text)
                        for t in tokens[h:run_end])
            if nxt is not None and not nxt.is_cap and (nxt.key in lx.GEO_HEADS or nxt.text in _KOREAN_UNITS
                                                   and tok.key not in lx.EAST_ASIAN_SURNAMES) and plain \
                    and (prev is None or not prev.is_cap):
                out.append(Candidate(h, run_end, "place", 2, cert="medium"))  # the Mat river, Kuyon ri
            elif prev is not None and plain and (prev.key in lx.PLACE_NOUNS and not prev.is_cap or (
                    prev.key == "of" and h > 1 and tokens[h - 2].key in lx.PLACE_NOUNS_BEFORE_OF)) \
                    and not (tok.key in lx.EAST_ASIAN_SURNAMES and h + 1 < n and "-" in tokens[h + 1].text
                             and tokens[h + 1].start - tok.end == 1):  # "the director of the station Hwang Pyong-gil"
                # the island of Sazan; "the district of Kashgar Abdurahman Sabiri": the place the gazetteer knows
                known = self._known_place_after(tokens, h, boundaries)
                end = known if known and run_end - known >= 2 else run_end
                # over a surname alone of the authority files: "the port of Churchill" is no Winston Churchill
                over_surname = prev.key == "of" and tokens[h - 2].key in lx.PLACE_NOUNS \
                    and not (h > 2 and tokens[h - 3].key in ("home", "native", "birth"))  # "the home town of Koirala"
                out.append(Candidate(h, end, "place", 5 if over_surname else 2, cert="medium"))
            territory_of = tok.key == "territory" and tok.is_cap and h + 2 < n and tokens[h + 1].key == "of" \
                and self._place_like(tokens[h + 2])  # "the Free Territory of Trieste": a state's form
            if tok.key == "federation" and tok.is_cap and h + 2 < n and tokens[h + 1].key == "of" \
                    and tokens[h + 2].is_cap:  # "the Federation of Malaysia", "FEDERATION OF MALI"
                known = self._known_place_after(tokens, h + 2, boundaries)
                hit = self.gazetteer.lookup_place(" ".join(t.text for t in tokens[h + 2:known])) if known else None
                if known and not (known < n and tokens[known].is_cap and tokens[known].is_word) \
                        and hit is not None and hit.feature != "city":  # not "the Federation of Kankan" (of a party)
                    out.append(Candidate(h, known, "place", 3, cert="medium"))  # "the Federation of Malaysia"
            if tok.key in lx.GEO_HEADS and not territory_of and not _title_after(tokens, h):  # not "First State
                # Commissioner"
                s = h
                while s > 0 and tokens[s - 1].is_cap and tokens[s - 1].is_word \
                        and tokens[s - 1].key not in _FUNCTION and tokens[s - 1].key not in _PLACE_CUES \
                        and (tokens[s - 1].key not in lx.GEO_HEADS or tokens[s - 1].key == "autonomous") \
                        and tokens[s - 1].key not in lx.PERSON_CUES \
                        and not self.gazetteer.is_demonym(tokens[s - 1].text) and h - s < 3 \
                        and tokens[s].start not in boundaries:
                    s -= 1
                if s < h and not (tok.key in _MONGOLIAN_GEO_HEADS and tokens[s].key in lx.EAST_ASIAN_SURNAMES):
                    # (not a Korean name that ends like a Mongolian river: "Yom Chan Gol")
                    military = tokens[h - 1].key == "military"  # "Kiev Military District": a command, not a region
                    out.append(Candidate(s, h + 1, "org" if military else "place", 3, cert="medium"))
            elif tok.key in _STATE_FORMS:
                s = h
                while s > 0 and (tokens[s - 1].is_cap and tokens[s - 1].is_word and tokens[s - 1].key not in _FUNCTION
                                 or tokens[s - 1].text in _POSSESSIVE):
                    s -= 1
                e = h + 1
                after_the = self._known_place_after(tokens, e + 2, boundaries) \
                    if e + 2 < n and tokens[e].key == "of" and tokens[e + 1].key == "the" else 0
                if after_the:
                    e = after_the  # "Republic of the Philippines"
                elif e + 1 < n and tokens[e].key == "of" and tokens[e + 1].is_cap:
                    e += 2
                    while e < n and tokens[e].is_cap and tokens[e].is_word and not self._initial_at(tokens, e) \
                            and not tokens[e].nl and tokens[e].key.rstrip(".") not in lx.ROLE_WORDS \
                            and tokens[e].start not in boundaries and tokens[e].key not in _LOCATIVES \
                            and (self._place_like(tokens[e]) or lx.is_english(tokens[e].text)):
                        e += 1  # "Republic of Mali", not "... of Mali Modibo KEITA", "... OF CHINA IN THE ..."
                    known = self._known_place_after(tokens, h + 2, boundaries)
                    if known:
                        e = known  # "Republic of Upper Volta", "Republic of Korea" (not "... Korea Park Chung Hee")
                        second = self._known_place_after(tokens, e + 1, boundaries) \
                            if e + 1 < n and tokens[e].key == "and" and tokens[e + 1].start not in boundaries else 0
                        first_hit = self.gazetteer.lookup_place(" ".join(t.text for t in tokens[h + 2:e]))
                        second_hit = self.gazetteer.lookup_place(" ".join(t.text for t in tokens[e + 1:second])) \
                            if second else None
                        if second and not (first_hit and first_hit.feature == "country"
                                           and second_hit and second_hit.feature == "country"):
                            e = second  # "United Republic of Tanganyika and Zanzibar"; not "... of Germany and France"
                if e - s >= 2 and tokens[s].text not in _POSSESSIVE:
                    out.append(Candidate(s, e, "place", 2, cert="medium"))
        return out

    def _head_first_geo_end(self, tokens, h, boundaries) -> int:
        """The end of a name whose geographical head comes first, at token ``h``: "Lake Khanka",
        "Mount Halla", "Mt. Paektu", "Cape Kanin"; "Sea of Okhotsk", "Bay of Bengal", "Strait of
        Tsushima" (one or two capitalised words after the head); "State of Israel" (a known place
        after it); 0 if there is no such name."""
        tok, n = tokens[h], len(tokens)
        e = h + 1
        if tok.key == "state" and tok.is_cap and e + 1 < n and tokens[e].key == "of" \
                and not (h > 0 and tokens[h - 1].key == "of"):  # not "the Head of State of Cambodia"
            return self._known_place_after(tokens, e + 1, boundaries)  # "the State of Israel", not "... of Emergency"
        if tok.text == "Mt" and e < n and tokens[e].text == "." and tokens[e].start == tok.end:
            e += 1  # "Mt. Paektu"
        elif tok.text in _HEAD_OF_GEO and e < n and tokens[e].text == "of" \
                or tok.text in _FRENCH_HEAD_OF_GEO and e < n and tokens[e].text in ("de", "du", "des"):
            e += 1  # "Bay of Bengal", "Îles de Los", "Lac du Bourget"
        elif tok.text not in _HEAD_FIRST_GEO and tok.text not in _FOREIGN_HEAD_FIRST_GEO:
            return 0
        if e >= n or tokens[e].start - tokens[e - 1].end != 1 or tokens[e].nl:
            return 0
        if tok.text in _FOREIGN_HEAD_FIRST_GEO and _LOWER_PARTICLE.match(tokens[e].text) \
                and tokens[e].start not in boundaries:
            return e + 1  # "Jabal us-Saraj", "Jabal al-Druze"
        if tok.text in _TITLE_OR_GEO_HEAD and not self.gazetteer.lookup_place(tokens[e].text):
            return 0
        if self.gazetteer.is_demonym(f"{tok.text} {tokens[e].text}"):
            return 0  # "Cape Verdeans": a people

        def fits(t):
            return t.start not in boundaries and t.key not in _FUNCTION and t.key not in lx.ROLE_WORDS \
                and t.key not in lx.ORG_HEADS and not self.gazetteer.is_demonym(t.text)  # not "Ain Shams University"

        most = 1 if tok.text in _ONE_WORD_GEO_HEADS else 2  # "Nong Khai", not "Nong Van Dinh"
        k = _capitalised_run(tokens, e, most, fits) if e > h + 1 or self._name_token(tokens[e]) \
            or tok.text in _FOREIGN_HEAD_FIRST_GEO or self.gazetteer.lookup_place(tokens[e].text) else e
        if k < n and tokens[k].start - tokens[k - 1].end == 1 and tokens[k].is_cap and tokens[k].is_word \
                and tokens[k].start not in boundaries and tokens[k].text != "I":  # (not "Nong Samet [Rithisen]")
            return 0  # more capitalised words: a longer name of some other kind (not "near Cape Mesurado I met")
        return k if k > e else 0

    @staticmethod
    def _romance_link_end(tokens, e, boundaries) -> int:
        """Where a place name goes on after token ``e`` with "de", "del", "do", "da", "de los"...
        and a capitalised word ("... de los Baños", "... do Sul"); 0 if it does not."""
        k = e
        if k < len(tokens) and tokens[k].text in ("de", "del", "do", "da", "dos", "das"):
            k += 1
            if k < len(tokens) and tokens[k].text in ("la", "las", "los") and tokens[k - 1].text == "de":
                k += 1
        if k == e or k >= len(tokens) or not (tokens[k].is_cap and tokens[k].is_word) or tokens[k].nl \
                or any(t.start in boundaries or t.start - p.end != 1 for p, t in zip(tokens[e - 1:k], tokens[e:k + 1])):
            return 0
        return k + 1

    def _known_place_after(self, tokens, i, boundaries) -> int:
        """The end of the longest name the gazetteer knows that starts at token ``i`` (up to
        four capitalised words, "and" or a particle between them: "Trinidad and Tobago", "Dar es Salaam"),
        or 0."""
        best, e = 0, i
        while e < len(tokens) and e - i < 5 and tokens[e].start - tokens[e - 1].end <= 1 and not tokens[e].nl \
                and (e == i or tokens[e].start not in boundaries) \
                and (tokens[e].is_cap and tokens[e].is_word
                     or e > i and (tokens[e].key == "and" or tokens[e].text in ("es", "el", "al", "de", "du"))):
            e += 1
            if tokens[e - 1].is_cap and self.gazetteer.lookup_place(" ".join(t.text for t in tokens[i:e])):
                best = e
        return best

    def _linked_place(self, tokens, h, boundaries):
        """A place name joined by a lowercase preposition of its language: "Čierna nad Tisou",
        "Ústí nad Labem", "Frankfurt am Main", "Halle an der Saale", "Bernau bei Berlin"."""
        e = h + 1
        if tokens[h].key in ("an", "ob") and tokens[e].key == "der" and e + 1 < len(tokens):
            e += 1
        last, first = tokens[e], tokens[h - 1]
        if not (first.is_cap and first.is_word and len(first.text) > 1 and first.key not in _FUNCTION
                and last.is_cap and last.is_word and len(last.text) > 1):
            return []
        pairs = zip(tokens[h - 1:e], tokens[h:e + 1])
        if any(t.nl or t.start in boundaries or t.start - p.end != 1 for p, t in pairs):
            return []
        s = h - 1
        if s > 0 and tokens[s - 1].is_cap and tokens[s - 1].is_word and tokens[s - 1].key not in _FUNCTION \
                and tokens[s].start - tokens[s - 1].end == 1 and tokens[s].start not in boundaries \
                and not tokens[s - 1].nl and self._name_token(tokens[s - 1]):
            s -= 1  # "Nové Mesto nad Váhom"
        return [Candidate(s, e + 1, "place", 3, cert="medium")]

    def _place_entry(self, surface, hit):
        if hit is None:
            return None, surface, ()
        if getattr(hit, "authority_id", None):
            entry = self.authority.get(hit.authority_id)
            return entry.id, entry.name, ()
        return None, hit.name, _geo(hit)

    # ------------------------------------------------------------ organisations

    def _is_acronym(self, tok) -> bool:
        t = tok.text
        if not tok.is_word or t in _STOP_ACRONYMS or _ROMAN.match(t) \
                or len(t) >= 3 and _ROMAN_FORTIES_TO_EIGHTIES.match(t) or tok.key in lx.STRONG_PERSON_CUES:
            return False  # nor a title in capitals: "SHRI MORARJI DESAI"
        entries = self._lookup((tok.key,))
        if entries and tok.is_allcaps:
            return any(x.kind in ("org", "place") for x in entries)
        if tok.key in lx.EAST_ASIAN_SURNAMES or tok.key in self.person_tokens:
            return False
        if tok.is_allcaps and len(t) <= 5 and not lx.is_english(t):
            return True
        if tok.is_allcaps and "-" in t and all(1 < len(p) <= 5 for p in t.split("-")):
            return True  # "ZANU-PF"
        if re.fullmatch(r"[A-Z]{3,5}-[A-Z]", t) and not lx.is_english(t[:-2]):
            return True  # "EOKA-B", a second body of that name
        if tok.is_allcaps and len(t) <= 3:  # not "OUR" of a heading, "BE" of "THAT THE PROTEST IN MOSCOW BE MADE"
            return tok.key not in _FUNCTION and tok.key not in _HEADING_WORDS and tok.key not in _AUXILIARIES
        return bool(_TRANSLITERATED_ACRONYM.fullmatch(t) or _ACRONYM_WITH_PARTICLE.fullmatch(t))

    def _dotted_acronym(self, tokens, i):
        """'U.S.S.R.', 'C.P.S.U.': three letters or more and dots -> end index, or None ("U.N."
        and "U.S." are the authority files')."""
        j = i
        while j + 1 < len(tokens) and len(tokens[j].text) == 1 and tokens[j].text.isupper() \
                and tokens[j + 1].text == "." and tokens[j + 1].start == tokens[j].end:
            j += 2
            if j < len(tokens) and tokens[j].start != tokens[j - 1].end:
                break
        if j - i >= 6 and "".join(tokens[k].text for k in range(i, j, 2)) not in _OFFICE_ABBREVIATIONS:
            return j  # three letters or more: "U.S.S.R."; "F.S.", "E.A.M." (offices) are no orgs
        return None

    def _place_like(self, tok) -> bool:
        entries = self._lookup((tok.key,))
        if entries and any(e.kind == "place" for e in entries) and tok.is_cap:
            return True
        return bool(tok.is_cap and self.gazetteer.lookup_place(tok.text))

    def _complement_end(self, tokens, e, opens) -> int:
        """If ``tokens[e:]`` is an org's "of [the] X" complement (or "on X" after a commission,
        committee or council: "UN Commission on Korea"), the index after it; else ``e``."""
        n = len(tokens)
        if e + 1 >= n or tokens[e + 1].start in opens:
            return e
        on = tokens[e].key == "on" and e > 0 and tokens[e - 1].key in ("commission", "committee", "council",
                                                                      "subcommittee", "subcommission", "authority")
        # a Soviet body "under" the government: "State Committee for Security under the Council of Ministers"
        # or "at" it (Russian "pri"): "Committee of State Security at the Council of Ministers of the USSR"
        under = tokens[e].key in ("under", "at") and e + 2 < n and tokens[e + 1].key == "the" \
            and tokens[e + 2].key in ("council", "cabinet", "presidium", "government") \
            and (tokens[e].key == "under" or e + 3 < n and tokens[e + 3].key == "of")
        if tokens[e].key not in ("of", "for") and not on and not under:
            return e
        f = e + 1
        if tokens[f].key == "the" and f + 1 < n:
            f += 1
        if _title_and_name_at(tokens, f, opens):
            return e  # a man's title and name: "the Government of Prime Minister Nehru"
        if e > 0 and tokens[e - 1].key in _PARTY_HEADS_OF_LEADERS \
                and tokens[f].key.rstrip(".") in lx.PERSON_CUES | {"prime"}:
            return e  # a party and its leader: "the Basotho National Party of the Prime Minister"
        if f + 1 < n and tokens[f].key in lx.GIVEN_NAMES and tokens[f].is_cap and tokens[f + 1].is_cap \
                and tokens[f + 1].is_word and not lx.is_english(tokens[f + 1].text) \
                and not self._place_like(tokens[f + 1]) and tokens[f + 1].start - tokens[f].end == 1:
            return e  # a man's given name and surname: "the Sudan People's Liberation Army of John Garang"
        g = f
        while g < n and tokens[g].start not in opens and not tokens[g].nl:
            if tokens[g].key == "of" and g > f \
                    and _title_and_name_at(tokens, g + 1 + (g + 1 < n and tokens[g + 1].key == "the"), opens):
                break  # "the Ministry of the Interior of General Albano Harguindeguy"
            if g > f and tokens[g].key in lx.EAST_ASIAN_SURNAMES and tokens[g].is_cap and g + 1 < n \
                    and tokens[g + 1].is_cap and tokens[g + 1].is_word and not tokens[g + 1].nl \
                    and self._place_like(tokens[g - 1]):
                break  # "the Embassy of the Democratic Republic of Vietnam Dinh Van Tuoc": a name begins
            known = self._known_name_end(tokens, g, opens)
            if known:  # "Latin America", "Costa Rica": a name the complement takes whole
                g = known
                continue
            t = tokens[g]
            if t.text in _BURMESE_HONORIFICS and g + 1 < n and tokens[g + 1].is_cap and tokens[g + 1].is_word \
                    and tokens[g + 1].start - t.end == 1:
                break  # "the Pyidaungsu Party of U Nu", "Ministry of National Planning U Kyaw Min": a man
            region = self._region_after_and_the(tokens, f, g, opens)
            if region:  # "Department of Asia and the Pacific": two regions, one unit
                g = region
                continue
            listed = self._place_list_end(tokens, g, opens) if g > f and tokens[g].text == "," \
                and any(x.key in _PEOPLES_WORDS for x in tokens[f:g]) else 0
            if listed:  # "Organisation of Solidarity of the Peoples of Asia, Africa and Latin America"
                g = listed
                continue
            listed = self._subject_list_end(tokens, g, opens) if g > f and tokens[g].text == "," \
                and all(self._subject_word(x) for x in tokens[f:g] if x.key != "and") else 0
            if listed:  # "Ministry of Agriculture, Forestry and Fisheries"
                g = listed
                continue
            known = self._known_place_after(tokens, g, ()) if t.is_cap and t.is_word else 0
            if known > g + 1 and any(x.text.islower() for x in tokens[g:known]):
                g = known  # "the University of Dar es Salaam"
                continue
            fits = (t.is_cap and t.is_word and t.key not in _FUNCTION and not self._initial_at(tokens, g)
                    and self._complement_word(t) and t.key.rstrip(".") not in _TITLES) \
                or (t.key == "and" and g + 1 < n and tokens[g + 1].is_cap and not self._is_acronym(tokens[g + 1])
                    and not any(x.kind == "org" for k in (g + 2, g + 3) if k >= n or not tokens[k].is_cap
                                for x in self._lookup(tuple(y.key for y in tokens[g + 1:k])) or ())) \
                or (t.key == "of" and g > f and g + 1 < n and tokens[g + 1].is_cap
                    and self._complement_word(tokens[g + 1]) and tokens[g + 1].key.rstrip(".") not in _TITLES) \
                or (t.key == "for" and g > f and tokens[g - 1].key in lx.ORG_HEADS and g + 1 < n
                    and self._place_like(tokens[g + 1])) \
                or (t.key in ("in", "to") and g > f and g + 1 < n and self._subject_word(tokens[g + 1])
                    and not tokens[g + 1].nl and not (g + 2 < n and tokens[g + 2].is_cap)
                    and not self._is_place_name(tokens[f:g])) \
                or (t.key == "of" and g > f and g + 2 < n and tokens[g + 1].key == "the" and tokens[g + 2].is_cap
                    and tokens[g - 1].key.rstrip(".") in _SINGULAR_ROLES) \
                or (t.is_allcaps and t.is_word and t.key not in _FUNCTION and e > 0 and tokens[e - 1].is_allcaps) \
                or (t.key in ("with", "to") and g > f and tokens[g - 1].key in (_WITH_NOUNS if t.key == "with" else _AID_NOUNS)
                    and g + 1 < n
                    and (tokens[g + 1].is_cap and tokens[g + 1].key.rstrip(".") not in _TITLES
                         or tokens[g + 1].key == "the" and g + 2 < n and tokens[g + 2].is_cap)) \
                or (t.key == "the" and tokens[g - 1].key in ("of", "with", "to") and g > f and g + 1 < n
                    and tokens[g + 1].is_cap and self._complement_word(tokens[g + 1])) \
                or (t.text in _POSSESSIVE + ("'", "’") and g > f and g + 1 < n
                    and tokens[g + 1].is_cap and tokens[g - 1].text[-1:] in "sSeE") \
                or self._is_acronym(t) \
                or (tokens[e - 1].key in _TOWN_NAMED_HEADS and tokens[e].key == "of" and t.start not in opens
                    and (t.is_cap and t.is_word and t.key not in _FUNCTION and not self._initial_at(tokens, g)
                         and not (g > f and t.key in lx.GIVEN_NAMES)
                         or t.text in ("de", "del") and g > f and g + 1 < n and tokens[g + 1].is_cap)) \
                or (g == f == e + 1 and t.is_cap and t.is_word and _territorial_body(tokens, e)
                    and not (g + 1 < n and tokens[g + 1].is_cap and tokens[g + 1].is_word))
            # "... People's Republic of Yugoslavia"; not "and" before a title
            if not fits or t.key == "and" and _title_follows(tokens, g + 1):
                break
            g += 1
        if f < g < n and _LOWER_PARTICLE.match(tokens[g].text) and tokens[g - 1].is_cap and not tokens[g].nl:
            g -= 1  # "the National Democratic Party of Kamil al-Chadirchi": a person's name begins
        if f < g < n and tokens[g].is_cap and tokens[g].is_word and not tokens[g].nl and tokens[g].start not in opens \
                and tokens[g].start - tokens[g - 1].end == 1 and tokens[g - 1].is_cap and self._name_token(tokens[g]):
            r = g
            while r > f and tokens[r - 1].is_cap and tokens[r - 1].is_word and not lx.is_english(tokens[r - 1].text):
                r -= 1
            if r < g and (r == f or not tokens[r - 1].is_cap):
                g = r  # the complement stops inside a person's name: "the Radical Party of Marco Pannella"
        person = next((p for p in range(f, g) if tokens[p].is_cap and self._person_name_at(tokens, p)), None)
        if person is not None:
            g = person  # "the Democratic Republican Party of Park Chung Hee": a person the authority files know
        while f < g < n and tokens[g].is_word and tokens[g].text.islower() and not tokens[g].nl \
                and self.gazetteer.is_demonym(tokens[g - 1].text):
            g -= 1  # "the 2nd Division of the American army": the people's adjective goes with the noun after it
        while g > f and tokens[g - 1].key in ("of", "the", "with"):
            g -= 1  # a complement does not end in "of the" or "with"
        words = [x for x in tokens[f:g] if x.is_word]
        roles_only = words and all(x.key.rstrip(".") in _SINGULAR_ROLES for x in words) \
            and not (e > 0 and tokens[e - 1].key in _ROLE_OFFICES)  # but "the Office of the President"
        if g > f and tokens[g - 1].key != "and" and not roles_only:
            return g
        return e

    def _dedication_end(self, tokens, e) -> int:
        """The end of a Soviet body's dedication after its name at ``e``, "named after" and a person
        ("Leningrad Polytechnic Institute named after M. I. Kalinin"); else ``e``."""
        n = len(tokens)
        if not (e + 2 < n and tokens[e].key == "named" and tokens[e + 1].key == "after" and not tokens[e].nl):
            return e
        k = e + 2
        while self._initial_at(tokens, k):
            k += 2
        m = k
        while m < n and m - k < 3 and tokens[m].is_cap and tokens[m].is_word and not tokens[m].nl \
                and tokens[m].key not in _FUNCTION and tokens[m].start - tokens[m - 1].end <= 1:
            m += 1
        return m if m > k else e

    def _subject_word(self, tok) -> bool:
        """A capitalised English word or people naming a field an org is "of" ("Agriculture",
        "Pulp", "Greek"): no place, title, org head or initial (not "..., and John R. Smith")."""
        return tok.is_cap and tok.is_word and len(tok.text) > 1 \
            and (lx.is_english(tok.text) or self.gazetteer.is_demonym(tok.text)) and tok.key not in _FUNCTION \
            and tok.key not in lx.ORG_HEADS and tok.key.rstrip(".") not in lx.PERSON_CUES and not self._place_like(tok)

    def _subject_list_end(self, tokens, g, opens) -> int:
        """The end of a list of fields in an org's complement, from the comma at token ``g``:
        ", Forestry and Fisheries" of "Ministry of Agriculture, Forestry and Fisheries", each
        item one to three :meth:`_subject_word` words, the last after "and"; 0 if there is none."""
        n = len(tokens)

        def item_end(k):
            m = k
            while m < n and m - k < 3 and self._subject_word(tokens[m]) and not tokens[m].nl \
                    and tokens[m].start not in opens:
                m += 1
            return m

        def whole(m):  # the last item ends the name: not "..., West Asian and North African Affairs Department"
            return m if m < n and not (tokens[m].is_cap and tokens[m].is_word
                                       and tokens[m].start - tokens[m - 1].end == 1) else 0

        k = g
        while k < n and tokens[k].text == ",":
            last = k + 1 < n and tokens[k + 1].key == "and"  # a comma before the last item
            m = item_end(k + 1 + last)
            if m == k + 1 + last:
                return 0
            if last:
                return whole(m)
            k = m
            if k < n and tokens[k].key == "and":
                m = item_end(k + 1)
                return whole(m) if m > k + 1 else 0
        return 0

    def _prefixed_orgs(self, tokens, opens=frozenset()):
        """Names an org word opens: "VEB Carl Zeiss Jena" (a GDR enterprise), "Radio Ceylon",
        "Air Mali", "Daily News", a French, Spanish or Portuguese head before "de" ("Office du Niger",
        "Radio Nacional de Angola"), and a Spanish or Italian article before a word, which
        names a newspaper far more often than anything else ("El Mercurio", "Il Giorno",
        "La Prensa"). None runs into an editorial bracket (``opens``)."""
        out = []
        n = len(tokens)

        def inside(t):  # not a link or locative in capitals: "BOTSCHAFT DER DDR IN DER KDVR"
            return t.start not in opens and not (t.is_allcaps and (t.key in _FOREIGN_LINKS or t.key in _LOCATIVES))

        for i, tok in enumerate(tokens[:-1]):
            nxt = tokens[i + 1]
            if tok.text in _PAPER_ARTICLES and i > 0 and tokens[i - 1].key in lx.PERIODICAL_CUES \
                    and nxt.is_cap and nxt.is_word and nxt.start - tok.end == 1 and not nxt.nl:
                out.append(Candidate(i, _capitalised_run(tokens, i + 1, 3, lambda t: t.start not in opens), "org", 3,
                                     cert="medium"))  # "the paper A Classe Operária", "the weekly Die Zeit", "the paper To Vima"
                continue
            if tok.is_cap and tok.is_word and _ROMAN.match(nxt.text) and nxt.text.isupper() \
                    and tok.key not in _FUNCTION and i + 2 < n and tokens[i + 2].is_cap and tokens[i + 2].key in lx.ORG_HEADS \
                    and nxt.start - tok.end == 1 and tokens[i + 2].start - nxt.end == 1:
                s0 = i - 1 if i > 0 and tokens[i - 1].is_cap and tokens[i - 1].is_word \
                    and tokens[i - 1].key not in _FUNCTION and tokens[i - 1].end + 1 == tok.start else i
                if s0 == i or s0 == 0 or not (tokens[s0 - 1].is_cap and tokens[s0 - 1].is_word):
                    out.append(Candidate(s0, i + 3, "org", 3, cert="medium"))  # "Mohammed V University",
                    continue  # "Haile Selassie I University", "Carol I Foundation"
            if tok.text == "House" and nxt.text == "of" and i + 2 < n and tokens[i + 2].text in _HOUSES_OF \
                    and not tokens[i + 2].nl:
                out.append(Candidate(i, i + 3, "org", 2, cert="medium"))  # "the House of Assembly" (a chamber)
                continue
            if tok.text in _ENGLISH_PAPER_TITLES and i > 0 and tokens[i - 1].key == "the" and not nxt.is_cap \
                    and self._paper_title_prints(tokens, i + 1):
                out.append(Candidate(i, i + 1, "org", 2, cert="medium"))  # "the Herald of the 18th had printed"
                continue
            if _CAPITAL_ARABIC_ARTICLE.match(tok.text) and "-" not in tok.text[3:] and self._printed_after(tokens, i + 1):
                out.append(Candidate(i, i + 1, "org", 2, cert="medium"))  # "Al-Qabas and Al-Watan had printed"
                continue
            if nxt.text == "Yuan" and tok.text in _YUAN_KINDS and nxt.start - tok.end == 1 and not nxt.nl:
                out.append(Candidate(i, i + 2, "org", 3, cert="high"))  # "the Executive Yuan", "the Legislative Yuan"
                continue
            if nxt.text in _JAPANESE_FIRM_WORDS and tok.is_cap and tok.is_word and nxt.start - tok.end == 1 \
                    and not nxt.nl:
                out.append(Candidate(i, i + 2, "org", 3, cert="medium"))  # "Mitsui Bussan", "Nippon Kokan"
                continue
            if tok.is_cap and tok.is_word and i + 3 < n and [t.key for t in tokens[i + 1:i + 4]] == ["iron", "and", "steel"] \
                    and tokens[i + 1].is_cap and tokens[i + 3].is_cap and tok.key not in _FUNCTION:
                s0 = i - 1 if i > 0 and tokens[i - 1].is_cap and tokens[i - 1].is_word \
                    and tokens[i - 1].key not in _FUNCTION and tokens[i - 1].end + 1 == tok.start else i
                e = i + 4 + (i + 4 < n and tokens[i + 4].key in ("company", "corporation", "works"))
                out.append(Candidate(s0, e, "org", 3, cert="medium"))  # "Yawata Iron and Steel"
                continue
            if nxt.text in _PAPER_SECOND_WORDS and tok.is_cap and tok.is_word and not tok.is_allcaps \
                    and nxt.start - tok.end == 1 and not nxt.nl and not lx.is_english(tok.text) \
                    and (nxt.text not in ("Phong", "Dan") or tok.text in _VIETNAMESE_PAPER_FIRST) \
                    and tok.key not in lx.GIVEN_NAMES:
                s0 = i  # "Maeil Sinbo", "Kansan Uutiset"; with the words before: "Saigon Giai Phong"
                while s0 > 0 and tokens[s0 - 1].is_cap and tokens[s0 - 1].is_word and not tokens[s0 - 1].is_allcaps \
                        and tokens[s0 - 1].end + 1 == tokens[s0].start and not tokens[s0].nl \
                        and tokens[s0 - 1].key not in _FUNCTION and i - s0 < 2 and nxt.text in ("Phong", "Dan") \
                        and tokens[s0 - 1].start not in opens and not lx.is_english(tokens[s0 - 1].text):
                    s0 -= 1
                out.append(Candidate(s0, i + 2, "org", 2, cert="medium"))
                continue
            if (_PAPER_ADJECTIVE.match(tok.text) and not lx.is_english(tok.text) or tok.text in ("Pravda", "Zarya")) \
                    and nxt.is_cap and nxt.is_word \
                    and nxt.start - tok.end == 1 and not nxt.nl and nxt.start not in opens \
                    and (nxt.text in _PAPER_NOUNS or getattr(self.gazetteer.lookup_place(nxt.text), "feature", "") == "country"):
                out.append(Candidate(i, i + 2, "org", 3, cert="medium"))  # "Radianska Ukraina", "Pravda Ukrainy"
                continue
            if nxt.text in _SLAVIC_PAPER_WORDS and tok.is_cap and tok.is_word and not tok.is_allcaps \
                    and nxt.start - tok.end == 1 and not nxt.nl and not lx.is_english(tok.text):
                out.append(Candidate(i, i + 2, "org", 2, cert="medium"))  # "Mladá fronta", "Zemědělské noviny"
                continue
            if (tok.text.capitalize() if tok.is_allcaps else tok.text) in _FOREIGN_ORG_HEADS \
                    and not (tok.text.startswith("Deutsch") and i + 2 < n and tokens[i + 2].text == "Republik"):
                french = self._french_name_end(tokens, i, opens) if tok.text in _FRENCH_ORG_HEADS else 0
                if french:
                    out.append(Candidate(i, french, "org", 2, cert="medium"))  # "Conseil national de libération"
                    continue
                m = _capitalised_run(tokens, i + 1, 2, inside)
                link = tokens[m] if m < n else None  # "Radio Nacional de", "Office du"
                linked = link is not None and (link.text in _FOREIGN_LINKS
                                               or link.is_allcaps and link.key in _FOREIGN_LINKS
                                               or link.text == "et" and tok.text in _FRENCH_ORG_HEADS
                                               or _spanish_a_la(tokens, m))
                # "Société Nationale Industrielle et Minière"
                if linked and not link.nl and link.start not in opens:
                    j = m + 1
                    if j < n and tokens[j].text in ("la", "los", "las", "le", "les", "l'", "lo", "il", "gli"):
                        j += 1  # "de los Diputados", "para la Liberación", "per lo Sviluppo"
                    k = _capitalised_run(tokens, j, 3, inside)
                    if k == j and j + 1 < n and _GERMAN_ADJECTIVE.fullmatch(tokens[j].text) \
                            and not lx.is_english(tokens[j].text) and tokens[j + 1].start - tokens[j].end == 1:
                        k = _capitalised_run(tokens, j + 1, 3, inside)  # "für auswärtige Angelegenheiten"
                        k = k if k > j + 1 else j
                    while k > j and k + 1 < n and (tokens[k].text in _FOREIGN_LINKS | {"und", "y", "e", "en", "et"}
                                                   or _spanish_a_la(tokens, k)) \
                            and not tokens[k].nl and tokens[k].start not in opens:
                        # "Frente Nacional de Libertação de Angola",
                        # "Ministerium für Außenhandel und Innerdeutschen Handel", "Banque de Syrie et du Liban"
                        after = k + 1 + (tokens[k].text == "et" and k + 2 < n and tokens[k + 1].text in ("du", "de")
                                         or k + 2 < n and tokens[k + 1].text in ("el", "la", "los", "las", "le", "les"))
                        if _capitalised_run(tokens, after, 3, inside) == after:
                            break
                        k = _capitalised_run(tokens, after, 3, inside)
                    if k > j:
                        out.append(Candidate(i, k, "org", 2, cert="medium"))  # "Office du Niger"
                    continue
                m = _capitalised_run(tokens, i + 1, 4, inside)
                cut = self._known_person_in(tokens, i + 2, m)  # "the Partido Nacional Wilson Ferreira Aldunate"
                if cut is not None:
                    m = cut
                if m > i + 1 and (m == n or not tokens[m].is_cap or tokens[m].nl or tokens[m].start in opens
                                  or cut is not None) \
                        and not all(lx.is_english(t.text) and t.key not in _SHARED_ADJECTIVES for t in tokens[i + 1:m]) \
                        and (tok.text in _WORKS_HEADS or tok.text in _PARTY_HEADS or not self._place_like(tokens[i + 1])):
                    out.append(Candidate(i, m, "org", 2, cert="low"))  # "Frente Amplio", "Unión Cívica Radical",
                    # "Partido Popular Cristiano"
                    continue
            if tok.text in _LOWERCASE_NAME_HEADS and nxt.text.islower() and not lx.is_english(nxt.text):
                k = i + 1
                while k < n and k - i <= 3 and tokens[k].is_word and tokens[k].text.islower() and not tokens[k].nl \
                        and tokens[k].start - tokens[k - 1].end == 1 and not lx.is_english(tokens[k].text) \
                        and tokens[k].start not in opens:
                    k += 1
                while k < n and self._is_acronym(tokens[k]) and tokens[k].start - tokens[k - 1].end == 1 \
                        and not tokens[k].nl and tokens[k].start not in opens:
                    k += 1  # "Mezinárodní oddělení ÚV KSČ"
                out.append(Candidate(i, k, "org", 2, cert="medium"))  # "Ministerstvo vnitra"
                continue
            if tok.text == "V" and i + 3 < n and nxt.text == "/" and tokens[i + 2].text == "O" \
                    and nxt.start == tok.end and tokens[i + 2].start == nxt.end \
                    and tokens[i + 3].start - tokens[i + 2].end == 1 and tokens[i + 3].is_cap:
                # a Soviet foreign-trade association (vsesoyuznoye obyedineniye): "V/O Exportles"
                out.append(Candidate(i, _capitalised_run(tokens, i + 3, 3, inside), "org", 2, cert="medium"))
                continue
            if nxt.nl or nxt.start - tok.end != 1 or not (nxt.is_cap and nxt.is_word):
                continue
            if tok.text == "VEB":
                out.append(Candidate(i, _capitalised_run(tokens, i + 1, 4), "org", 2, cert="medium"))
            elif tok.text == "DIA" and not nxt.is_allcaps and not lx.is_english(nxt.text):
                # a branch of the GDR's foreign-trade enterprise (Deutscher Innen- und Außenhandel): "DIA Chemie",
                # "DIA Holz und Papier"
                und = i + 3 < n and tokens[i + 2].text == "und" and tokens[i + 3].is_cap and not tokens[i + 2].nl
                out.append(Candidate(i, i + 4 if und else i + 2, "org", 3, cert="medium"))
            elif tok.text == "AB" and not nxt.is_allcaps and not lx.is_english(nxt.text):
                out.append(Candidate(i, _capitalised_run(tokens, i + 1, 2), "org", 3, cert="medium"))  # "AB Atomenergi"
            elif (tok.text in _ROMANCE_ARTICLES or tok.text in ("Le", "Les", "O") and nxt.text in _ROMANCE_PAPER_WORDS) \
                    and (i == 0 or tok.nl or not self._name_token(tokens[i - 1])) \
                    and not (i > 0 and tokens[i - 1].text in ("de", "du") and not tok.nl) \
                    and nxt.text not in _VIETNAMESE_MIDDLE_NAMES \
                    and not (i > 0 and _before(tokens, i).key.rstrip(".") in lx.PERSON_CUES):  # "Cde. La Thi Phuong"
                j = _capitalised_run(tokens, i + 1, 3, lambda t: not lx.is_english(t.text))
                said = i + 2 + (i + 3 < n and tokens[i + 2].key in ("had", "has"))
                if said + 2 < n and tokens[said].key == "of" and self._place_like(tokens[said + 1]):
                    said += 2  # "Il Piccolo of Trieste writes"
                dated = i + 4 < n and tokens[i + 2].key == "of" and tokens[i + 3].key == "the" \
                    and bool(_ORDINAL.fullmatch(tokens[i + 4].text))  # "in Il Lavoratore of the 21st"
                if j == i + 1 and (said < n and tokens[said].key in _PRESS_VERBS or dated) \
                        and tokens[i + 2].start - nxt.end == 1:
                    j = i + 2  # "El Universal wrote", "Il Tempo had written": a paper's name that is an English word
                longest = 3
                if tok.text == "O" and j + 1 < n and tokens[j].text in ("do", "da", "de") and tokens[j + 1].is_cap \
                        and tokens[j].start - tokens[j - 1].end == 1 and tokens[j + 1].start - tokens[j].end == 1:
                    j, longest = j + 2, 4  # "O Comércio do Porto", "O Primeiro de Janeiro": a Portuguese paper, its town
                words = " ".join(t.text for t in tokens[i:j])
                if 1 < j - i <= longest and not (j < n and tokens[j].is_cap and tokens[j].start - tokens[j - 1].end == 1) \
                        and not self._place_like(nxt) and not self.gazetteer.lookup_place(words) \
                        and not self._lookup(tuple(t.key for t in tokens[i:j])):
                    after_place_noun = i > 1 and (
                        tokens[i - 1].key == "of" and tokens[i - 2].key in lx.PLACE_NOUNS_BEFORE_OF
                        or tokens[i - 1].key == "at" and tokens[i - 2].key in _SITE_NOUNS) \
                        or i > 0 and tokens[i - 1].key in lx.PLACE_NOUNS and not tokens[i - 1].is_cap \
                        or _in_a_list_of_places(tokens, i)  # "the estancia La Paloma", "the poblaciones of
                    # La Victoria, La Legua and Lo Hermida"
                    written_in = i > 1 and tokens[i - 1].key == "in" and tokens[i - 2].key in _PRESS_VERBS \
                        or any(t.text in _ROMANCE_PAPER_WORDS for t in tokens[i + 1:j])  # "in El Siglo"
                    printed = j < n and tokens[j].key in _PRESS_VERBS or dated \
                        or i > 0 and tokens[i - 1].key in lx.PERIODICAL_CUES  # "Los Tiempos wrote", "the daily Los ..."
                    if i > 0 and (tokens[i - 1].key in ("in", "near", "outside", "around", "via", "at", "from")
                                  or after_place_noun) \
                            and not tok.nl and not written_in and not dated \
                            or tok.text in ("Los", "Las") and not printed and not written_in:  # but "has written in
                        # El Nacional"; a plural article opens a place's name more often than a paper's ("Las Vueltas")
                        out.append(Candidate(i, j, "place", 2, cert="low"))  # "in La Teja", "the village of La Higuera"
                    else:
                        if j + 1 < n and tokens[j].text in ("du", "de", "del", "des", "della", "di") \
                                and tokens[j + 1].is_cap and tokens[j + 1].is_word and not tokens[j + 1].nl \
                                and tokens[j].start - tokens[j - 1].end == 1 \
                                and tokens[j + 1].start - tokens[j].end == 1:
                            j = _capitalised_run(tokens, j + 1, 2)  # "La Dépêche du Cambodge", "El Diario de Hoy"
                        out.append(Candidate(i, j, "org", 2, cert="low"))  # a paper: "El Mercurio", "El Nuevo Diario"
            elif tok.text == "Air" and self._place_like(nxt) \
                    and not (i + 2 < n and tokens[i + 2].is_cap and tokens[i + 2].start - nxt.end == 1):
                out.append(Candidate(i, i + 2, "org", 2, cert="medium"))  # an airline: "Air Mali"
            elif tok.text == "Daily" and nxt.is_cap and nxt.is_word and nxt.start - tok.end == 1 and not nxt.nl \
                    and nxt.key not in _FUNCTION and not self._place_like(nxt) \
                    and not self.gazetteer.is_demonym(nxt.text) \
                    and not (i + 2 < n and tokens[i + 2].is_cap and tokens[i + 2].start - nxt.end == 1):
                # a paper: "Daily News", "Daily Worker", "Philippine Daily Inquirer", "Rand Daily Mail"
                out.append(Candidate(_capitalised_start(tokens, i), i + 2, "org", 2, cert="medium"))
            elif tok.text == "Radio" and self.gazetteer.lookup_place(nxt.text) \
                    and not (i + 2 < n and tokens[i + 2].is_cap and tokens[i + 2].start - nxt.end == 1):
                out.append(Candidate(i, i + 2, "org", 2, cert="medium"))
        return out

    def _paper_title_prints(self, tokens, k) -> bool:
        """Whether a paper's printing or reporting verb follows a paper's one-word English title at ``k``,
        perhaps after "and the" another title: "the Herald of the 18th had printed", "the Standard and the
        Nationalist printed", "the Chronicle reported"."""
        if k + 2 < len(tokens) and tokens[k].key == "and" and tokens[k + 1].key == "the" \
                and tokens[k + 2].text in _ENGLISH_PAPER_TITLES:
            k += 3
        return self._printed_after(tokens, k, _PAPER_TITLE_VERBS)

    @staticmethod
    def _printed_after(tokens, k, verbs=_PRINTING_VERBS) -> bool:
        """Whether a paper's printing verb (one of ``verbs``) follows at ``k``, perhaps after "had", "of the 1st"
        or "and" another paper of one word: "wrote", "had already printed", "of the 1st wrote", "and Al-Watan had"."""
        n = len(tokens)
        if k + 1 < n and tokens[k].key == "and" and _CAPITAL_ARABIC_ARTICLE.match(tokens[k + 1].text):
            k += 2
        if k + 2 < n and tokens[k].key == "of" and (tokens[k + 1].text[:1].isdigit()
                                                    or tokens[k + 1].key == "the" and tokens[k + 2].text[:1].isdigit()):
            return True  # "Al-Qabas of 11 Rabi' al-Awwal 1405", "Kayhan of the 1st"
        while k < n and tokens[k].key in ("had", "has", "have", "already", "also", "again", "would", "will"):
            k += 1
        return k < n and tokens[k].key in verbs

    def _complement_word(self, tok) -> bool:
        """Words an org's "of ..." complement is made of: English words, places, demonyms,
        acronyms, org heads; not an unknown name (which starts a person after the org)."""
        return (lx.is_english(tok.text) or lx.is_english(tok.text.replace("-", ""))  # "Co-operation"
                or tok.key in lx.ORG_HEADS or tok.key in _REGION_ADJECTIVES or tok.key in _FAITH_WORDS
                or self._is_acronym(tok)
                or self._place_like(tok) or self.gazetteer.is_demonym(tok.text)
                or "-" in tok.text and self.gazetteer.is_demonym(tok.text.rsplit("-", 1)[1])  # "Intra-German"
                or "-" in tok.text and all(self.gazetteer.lookup_place(p) for p in tok.text.split("-"))  # "Asia-Oceania"
                or bool((m := _PREFIXED.match(tok.text)) and lx.is_english(m.group(1)))  # "Interzonal"
                or bool(self._lookup((tok.key,))))

    def _org_name_ends_at(self, tokens, k) -> bool:
        """Whether a whole org's name ends at token ``k``: an org head after a capitalised
        modifier ("Japan Air Lines"), not a place's last word ("Soviet Union") nor a head alone
        ("Radio" of "Radio and Television Committee")."""
        before = tokens[k - 1] if k > 0 else None
        if tokens[k].key not in lx.ORG_HEADS or before is None or not (before.is_cap and before.is_word) \
                or before.key in _FUNCTION:
            return False
        return not any(self._is_place_name(tokens[j:k + 1]) for j in range(max(0, k - 3), k))

    def _known_name_end(self, tokens, g, opens) -> int | None:
        """The end of four, three or two capitalised words from ``g`` on that the authority files
        or the gazetteer know as one place or body ("Latin America", "Costa Rica"), else None."""
        for k in (g + 4, g + 3, g + 2):
            span = tokens[g:k]
            if len(span) == k - g and all(t.is_cap and t.is_word and not t.nl for t in span) \
                    and not any(t.start in opens for t in span[1:]) \
                    and (any(x.kind != "person" for x in self._lookup(tuple(t.key for t in span)) or ())
                         or self.gazetteer.lookup_place(" ".join(t.text for t in span))):
                return k
        return None

    @staticmethod
    def _firm_name_start(tokens, a) -> int:
        """The start of a firm's name before "and Company" at token ``a``: its capitalised words
        and initials ("W. R. Grace"); ``a + 1`` (the head alone) if there are none."""
        s = a
        while s > 0 and (tokens[s - 1].is_cap and tokens[s - 1].is_word and tokens[s - 1].key not in _FUNCTION
                         or tokens[s - 1].text == "." and s > 1 and len(tokens[s - 2].text) == 1
                         and tokens[s - 2].text.isupper()):
            s -= 2 if tokens[s - 1].text == "." else 1
        named = any(t.text == "." or t.is_word and not lx.is_english(t.text) for t in tokens[s:a])
        return s if s < a and named else a + 1  # not "Exports and Company profits"

    def _person_name_at(self, tokens, p) -> bool:
        """Whether, right after "of", a person of the authority files is named from token ``p`` on
        (and nothing else those files know by a longer name)."""
        if tokens[p - 1].key != "of":
            return False
        found = None
        for q in range(p + 1, min(len(tokens), p + 4) + 1):
            entries = self._lookup(tuple(t.key for t in tokens[p:q]))
            if entries:
                found = entries
        return found is not None and all(x.kind == "person" for x in found)

    def _place_list_end(self, tokens, g, opens) -> int:
        """At a comma ``g`` after a place: the end of ", Y, Z and W" when every member is a place
        the gazetteer knows and "and" closes the list (a list of regions inside an org's name);
        else 0. Not "Embassy of Cuba, Havana" (no "and")."""
        k, n = g, len(tokens)
        if g == 0 or not self._place_at_end(tokens, g):
            return 0
        while k < n and tokens[k].key in (",", "and") and not tokens[k].nl and tokens[k].start not in opens:
            closing = tokens[k].key == "and" or k + 1 < n and tokens[k + 1].key == "and"
            k += 2 if k + 1 < n and tokens[k].key == "," and tokens[k + 1].key == "and" else 1
            end = self._known_name_end(tokens, k, opens) or (
                k + 1 if k < n and tokens[k].is_cap and self.gazetteer.lookup_place(tokens[k].text) else None)
            if end is None:
                return 0
            k = end
            if closing:
                return k
        return 0

    def _place_at_end(self, tokens, g) -> bool:
        """Whether the one or two capitalised words before ``g`` name a place."""
        return any(g - m >= 0 and all(t.is_cap and t.is_word for t in tokens[g - m:g])
                   and self.gazetteer.lookup_place(" ".join(t.text for t in tokens[g - m:g])) for m in (1, 2))

    def _region_after_and_the(self, tokens, f, g, opens) -> int | None:
        """At ``g`` "and the" and a place, after a complement ``tokens[f:g]`` that is a place
        ("Department of Asia and the Pacific", "Directorate for Africa and the Middle East"; a unit
        of a ministry, not an embassy of two countries): the end of that place."""
        of = f - 2 if tokens[f - 1].key == "the" else f - 1  # "of" or "for"
        head = tokens[of - 1].key if of >= 1 else ""
        if g <= f or g + 2 >= len(tokens) or tokens[g].key != "and" or tokens[g + 1].key != "the" \
                or head not in _REGIONAL_UNITS \
                or not self.gazetteer.lookup_place(" ".join(t.text for t in tokens[f:g])):
            return None
        h = g + 2
        if tokens[h].start in opens or not tokens[h].is_cap or tokens[h].nl:
            return None
        if self.gazetteer.lookup_place(tokens[h].text):
            return self._known_name_end(tokens, h, opens) or h + 1
        return self._known_name_end(tokens, h, opens)

    def _is_place_name(self, toks) -> bool:
        entries = self._lookup(tuple(t.key for t in toks))
        return bool(entries) and all(x.kind == "place" for x in entries)

    def _the_gulf(self, tokens):
        """"the Gulf" alone (no "of", no capitalised word after it) is the Persian Gulf, a place."""
        out = []
        for k in range(1, len(tokens)):
            if tokens[k].text == "Gulf" and tokens[k - 1].key == "the" and not tokens[k].nl \
                    and not (k + 1 < len(tokens) and (tokens[k + 1].key == "of" or tokens[k + 1].is_cap)
                             and not tokens[k + 1].nl):
                out.append(Candidate(k, k + 1, "place", 2, cert="medium", ref=self._gulf))
        return out

    def _place_ends_at(self, tokens, k) -> bool:
        """Whether a place of one to three words ends right before token ``k``."""
        return any(tokens[a].is_cap and self.gazetteer.lookup_place(" ".join(t.text for t in tokens[a:k]))
                   for a in range(max(0, k - 3), k))

    def _known_person_in(self, tokens, a, b):
        """The first index from ``a`` to ``b`` where a person of the authority files (two words or
        more) begins and ends by ``b``, or None: a known man right after a body's name."""
        for g in range(a, b - 1):
            for e in range(b, g + 1, -1):
                if any(x.kind == "person" for x in self._lookup(tuple(t.key for t in tokens[g:e])) or ()):
                    return g
        return None

    def _dotted_country_before(self, tokens, s):
        """The start of a country's dotted abbreviation ending right before token ``s`` ("U.S.",
        "U.K.": letters and dots written together), or None."""
        a = s
        while a >= 2 and tokens[a - 1].text == "." and len(tokens[a - 2].text) == 1 and tokens[a - 2].text.isupper() \
                and tokens[a - 1].start == tokens[a - 2].end and (a == s or tokens[a].start == tokens[a - 1].end):
            a -= 2
        if s - a < 4 or (a < s and tokens[s].start - tokens[s - 1].end != 1):
            return None
        hit = self.gazetteer.lookup_place("".join(t.text for t in tokens[a:s]))
        return a if hit is not None and hit.feature == "country" else None

    def _modifier(self, tok) -> bool:
        """Can this token stand before an org head ("Second", "Asia", "Political", "GDR")?"""
        if not tok.is_word or not tok.is_cap or _ROMAN.match(tok.text):
            return False
        k = tok.key
        if k in _FUNCTION or k in lx.MONTH_WORDS or (k.rstrip(".") in lx.PERSON_CUES and k not in ("general", "sri", "pan")) \
                or k in _ROUTING_VERBS:  # but "Pan American", "Pan-African"
            return False
        if _NUMBER_WORD.match(k):
            return False  # "Thirty-one Soviet border guards"
        if k in {"head", "chairman", "minister", "secretary", "ambassador", "premier", "president",
                 "deputy", "vice", "member", "members", "director", "chief", "leader", "leaders"}:
            return False
        return True

    @staticmethod
    def _numbered_places(tokens):
        """A numbered road or hill is a place: "Route 7", "Highway 1", "ROUTE 9", "Hill 931"."""
        out = []
        for k in range(len(tokens) - 1):
            t, number = tokens[k], tokens[k + 1]
            if t.key in ("route", "highway", "hill", "height") and t.is_cap and number.text.isdigit() \
                    and len(number.text) <= 4 and number.start - t.end == 1 and not number.nl:
                out.append(Candidate(k, k + 2, "place", 3, cert="medium"))
        return out

    def _numbered_works(self, tokens, opens):
        """Bodies known by a number or a seat: "Combine No. 817", "Plant No. 12", "Laboratory No. 2 of
        the Academy of Sciences of the USSR" (a head and "No." and a number), the Soviet design bureaus
        and institutes "KB-11", "OKB-1", "NII-88", the Stasi's units "HA II", "HV A", the offices named
        by an acronym and their seat "BV Dresden", "KD Pirna", "PGR Karnice"; and the closed towns
        "Chelyabinsk-40", "Arzamas-16" (a town the gazetteer knows, a hyphen and a number)."""
        out = []
        n = len(tokens)
        for k in range(n - 2):
            t = tokens[k]
            if t.is_cap and t.key in lx.ORG_HEADS and t.key not in ("archive", "archives") and k + 3 < n \
                    and tokens[k + 1].text in ("No", "Nº") \
                    and tokens[k + 1].start - t.end == 1 and not tokens[k + 1].nl:
                m = k + 2 + (tokens[k + 2].text == "." and tokens[k + 2].start == tokens[k + 1].end)
                if m < n and tokens[m].text.isdigit() and len(tokens[m].text) <= 4 and not tokens[m].nl:
                    e = self._complement_end(tokens, m + 1, opens) if m + 1 < n and tokens[m + 1].key == "of" else m + 1
                    if e < n and tokens[e].text in ("No", "Nº"):
                        e = m + 1  # "Plant No. 12 of Laboratory No. 2": two bodies
                    out.append(Candidate(_capitalised_start(tokens, k), e, "org", 3, cert="medium"))
                    if e > m + 1:  # also without its complement
                        out.append(Candidate(_capitalised_start(tokens, k), m + 1, "org", 1, cert="medium"))
            nxt = tokens[k + 1]
            if t.text in _SEATED_ACRONYMS and nxt.is_cap and nxt.is_word and not nxt.is_allcaps \
                    and nxt.start - t.end == 1 and not nxt.nl and nxt.start not in opens:
                e = k + 2
                if e + 1 < n and tokens[e].text == "/" and tokens[e].start == nxt.end and tokens[e + 1].is_cap \
                        and tokens[e + 1].start == tokens[e].end:
                    e += 2  # "BV Frankfurt/Oder"
                out.append(Candidate(k, e, "org", 3, cert="medium"))  # "BV Dresden", "KD Pirna", "MTS Lohmen"
            if t.text in _STASI_UNITS and tokens[k + 1].start - t.end == 1 and not tokens[k + 1].nl \
                    and (tokens[k + 1].text == "A" or tokens[k + 1].text != "I" and _ROMAN.match(tokens[k + 1].text)):
                out.append(Candidate(k, k + 2, "org", 3, cert="medium"))  # "HA II", "HV A"
            glued = tokens[k + 1].text == "-" and tokens[k + 1].start == t.end \
                and tokens[k + 2].start == tokens[k + 1].end and tokens[k + 2].text.isdigit() and len(tokens[k + 2].text) <= 4
            if not glued or k + 3 < n and tokens[k + 3].start == tokens[k + 2].end and tokens[k + 3].is_word:
                continue
            if t.text in _SOVIET_DESIGN_BODIES:
                out.append(Candidate(k, k + 3, "org", 3, cert="medium"))
            elif t.is_cap and not t.is_allcaps and len(t.text) >= 4 and len(tokens[k + 2].text) <= 3 \
                    and not (k > 0 and tokens[k - 1].is_cap and tokens[k - 1].end + 1 == t.start) \
                    and _is_town(self.gazetteer.lookup_place(t.text)):
                out.append(Candidate(k, k + 3, "place", 3, cert="medium"))
        return out

    @staticmethod
    def _vessels(tokens):
        """A ship's name names no person, place or body: blocked. A Japanese one, "Kotoshiro Maru
        No. 11", "Kiyo Maru", with its number; one after a navy's prefix, "HMS Hermes", "USS Pueblo"."""
        out = []
        n = len(tokens)
        for k, t in enumerate(tokens[:-1]):
            if t.text in _SHIP_PREFIXES and tokens[k + 1].is_cap and not tokens[k + 1].is_allcaps \
                    and tokens[k + 1].start == t.end + 1 and not t.nl:
                e = k + 2
                while e < n and tokens[e].is_cap and tokens[e].is_word and tokens[e].start == tokens[e - 1].end + 1 \
                        and not tokens[e - 1].nl and tokens[e].key not in _FUNCTION:
                    e += 1
                out.append(Candidate(k, e, _BLOCK, 5))
        for k, t in enumerate(tokens):
            if t.text != "Maru" or k == 0 or not tokens[k - 1].is_cap or tokens[k - 1].end + 1 != t.start or t.nl:
                continue
            e = k + 1
            if e + 2 < n and tokens[e].text in ("No", "Nº") and tokens[e + 1].text == "." and tokens[e + 2].text.isdigit():
                e += 3
            elif e + 1 < n and tokens[e].text == "Nº" and tokens[e + 1].text.isdigit():
                e += 2
            out.append(Candidate(_capitalised_start(tokens, k), e, _BLOCK, 5))
        return out

    @staticmethod
    def _french_name_end(tokens, i, opens) -> int:
        """The end of a French body's name written in the French manner, its adjectives and nouns in
        lowercase after the capitalised head ("Conseil national de libération", "Agence guinéenne de
        presse", "Parti démocratique de Guinée", "Front de libération nationale"), or 0."""
        n = len(tokens)

        def french_word(t):  # "national" and "commune" are English words too, but not "défense" or "africaine"
            return t.is_word and t.text.islower() and t.text not in _FRENCH_LINKS

        first = i + 1 + (i + 2 < n and tokens[i + 1].text in _FRENCH_LINKS)
        first += first + 1 < n and tokens[first].text in ("la", "le", "les", "l'")  # "Ministère de la France"
        if first >= n or not (french_word(tokens[first])
                              or first > i + 1 and tokens[first].is_cap and tokens[first].is_word):
            return 0  # "Conseil national", "Ministère des Affaires étrangères"
        k, last, english = i + 1, 0, 0
        while k < n and k - i <= 12 and not tokens[k].nl and tokens[k].start not in opens \
                and tokens[k].start - tokens[k - 1].end <= 1:
            t, before = tokens[k], tokens[k - 1]
            if _ELIDED_ARTICLE_NAME.fullmatch(t.text):
                last, english = k + 1, 0  # "Banque centrale d'Algérie"
            elif french_word(t):
                english = english + 1 if lx.is_english(t.text) else 0
                if english >= 2:
                    break  # English, not French: "the Front and that it protects", "the Union awarded the"
                if not english or english == 1 and (t.text in _FRENCH_ENGLISH_ADJECTIVES and last
                                                    or before.text in _FRENCH_LINKS):  # "... des phosphates"
                    last = k + 1  # an English word ends no name: "... de libération" (not "... met"), but
                    # "Conseil législatif national"
            elif t.is_cap and t.is_word and ((last or k == first) and before.text in _FRENCH_LINKS
                                             or "-" in t.text and before.text.islower()
                                             or last == k and before.is_cap and not t.is_allcaps
                                             and not lx.is_english(t.text)):
                last = k + 1  # "... de Guinée", "Organisation commune Dahomey-Niger", "... des Terres Domaniales"
            elif t.text not in _FRENCH_LINKS:
                break
            else:
                english = 0
            k += 1
        return last

    def _bodies_named_after_their_kind(self, tokens, opens):
        """A body named after the common noun of its kind, in quotation marks ('the cooperative "Red Flag"',
        'the works "Elektronika"', 'the kolkhoz "Rossiya"') or, after a few nouns that only bodies follow,
        without them ("the association Interatominstrument", "the power station Dolna Odra")."""
        out = []
        n = len(tokens)
        for k, t in enumerate(tokens[:-1]):
            if t.key not in _KIND_NOUNS and t.key not in ("station", "pipeline", "pipelines") \
                    and t.key not in _QUOTED_TITLE_NOUNS \
                    and t.key not in lx.PERIODICAL_CUES \
                    or not t.text.islower() or tokens[k + 1].nl:
                continue
            q = tokens[k + 1]
            power = t.key == "station" and k > 0 and tokens[k - 1].key == "power"
            if q.text in ('"', "“", "„") and q.start - t.end == 1 and (t.key in _KIND_NOUNS or t.key in _QUOTED_TITLE_NOUNS):
                e = k + 2
                while e < n and e - k <= 9 and tokens[e].text not in ('"', "”", "“") and not tokens[e].nl:
                    e += 1
                if k + 2 < e < n and tokens[e].text in ('"', "”", "“") and tokens[k + 2].is_cap \
                        and tokens[k + 2].start == q.end \
                        and (t.key in _KIND_NOUNS or all(x.is_cap or x.key in _FUNCTION or not x.is_word
                                                         for x in tokens[k + 2:e])):  # a title, not 'the paper "Smith is wrong"'
                    kind = _BLOCK if t.key in _VESSEL_NOUNS else "org"  # 'the ship "Pueblo"' names nothing
                    out.append(Candidate(k + 2, e, kind, 4, cert="medium"))
            elif (t.key in _BARE_KIND_NOUNS or power) and q.is_cap and q.is_word and q.start - t.end == 1 \
                    and q.start not in opens and not lx.is_english(q.text) and not self._lookup((q.key,)) \
                    and (power or not self.gazetteer.lookup_place(q.text)):
                e = k + 2
                if e < n and tokens[e].is_cap and tokens[e].is_word and tokens[e].start - q.end == 1 \
                        and not tokens[e].nl and not lx.is_english(tokens[e].text):
                    e += 1
                out.append(Candidate(k + 1, e, "org", 4 if power else 3, cert="low"))  # a power station named
                # after its place is still the works: "the power station Dolna Odra"
            if t.key in lx.PERIODICAL_CUES and t.text.islower() and q.is_cap and q.is_word and q.start - t.end == 1 \
                    and q.key not in _FUNCTION and q.start not in opens and lx.is_english(q.text):
                e = k + 2
                while e < n and e - k <= 4 and tokens[e].is_cap and tokens[e].is_word and not tokens[e].nl \
                        and tokens[e].start - tokens[e - 1].end == 1 and lx.is_english(tokens[e].text) \
                        and tokens[e].start not in opens:
                    e += 1
                if e - k > 2:  # two words or more: not "the daily World of Johannesburg", whose "of" is no part
                    out.append(Candidate(k + 1, e, "org", 2, cert="low"))  # "the journal Red Flag", "the newspaper Red Star"
            if t.key in _WORKS_NOUNS and t.text.islower() and k > 1:
                s = k  # "the Glanzstoff works", "the Ursus works", "the Alpine Montan works at Donawitz"
                while s > 0 and k - s < 2 and tokens[s - 1].is_cap and tokens[s - 1].is_word \
                        and not tokens[s - 1].is_allcaps and not lx.is_english(tokens[s - 1].text) \
                        and "-" not in tokens[s - 1].text \
                        and tokens[s - 1].end + 1 == tokens[s].start and not tokens[s].nl:
                    s -= 1
                keys = tuple(x.key for x in tokens[s:k])
                hit = self.gazetteer.lookup_place(" ".join(x.text for x in tokens[s:k])) if s < k else None
                if s < k and s > 0 and tokens[s - 1].key == "the" and keys[0] not in self.surnames \
                        and not self._lookup(keys) and not any(self.gazetteer.is_demonym(x.text) for x in tokens[s:k]) \
                        and (hit is None or hit.authority_id is None and hit.feature == "city" and hit.population < 60_000):
                    out.append(Candidate(s, k, "org", 4, cert="low"))  # a works named after a small town is the works
                    # ("the Ursus works", "the Leuna works"); "the Magdeburg works" are a city's
            if t.key in ("pipeline", "pipelines") and k > 0 and tokens[k - 1].is_cap and tokens[k - 1].is_word \
                    and tokens[k - 1].end + 1 == t.start and "-" not in tokens[k - 1].text \
                    and (k < 2 or not tokens[k - 2].is_cap) and not self._lookup((tokens[k - 1].key,)):
                out.append(Candidate(_capitalised_start(tokens, k - 1), k, _BLOCK, 4))  # "the Druzhba pipeline"
        return out

    def _papers_named(self, tokens, opens):
        """A paper named in words of its own language right after the word for it, even with a province's
        name among them: "the local paper Aftab-e Khorasan", "the newspaper Sedaye Gilan"; or in apposition:
        "the paper of the provincial committee, Nameh-ye Sharq,", "The papers of Nicosia, Eleftheria and
        Ethnos,", "Tiedonantaja, the paper of the minority". "Paper" alone may be a document ("the paper
        Gromyko handed over"): it needs a qualifier before it or a press verb after the name."""
        out = []
        n = len(tokens)

        def name_end(s):
            """The end of a name of capitalised words of no English at ``s`` (``s`` if none)."""
            e = s
            while e < n and e - s < 4 and self._paper_word(tokens[e]) and tokens[e].start not in opens \
                    and (e == s or tokens[e].start - tokens[e - 1].end == 1 and not tokens[e].nl
                         and tokens[e].key not in self.given_names):  # "the newspaper Cumhuriyet Orhan Karaosman"
                e += 1
                if e + 1 < n and tokens[e].text in _FOREIGN_LINKS and self._paper_word(tokens[e + 1]) \
                        and tokens[e].start - tokens[e - 1].end == 1 and tokens[e + 1].start - tokens[e].end == 1:
                    e += 1  # "Zëri i Popullit"
            return e if e > s and self._paper_word(tokens[e - 1]) else s

        def apposed_end(s):
            """``name_end``, going on over capitalised English words too: an apposition's commas bound it
            ("the newspaper of the party, Tribuna Popular, wrote")."""
            e = name_end(s)
            while s < e < n and e - s < 4 and tokens[e].is_cap and tokens[e].is_word and not tokens[e].is_allcaps \
                    and tokens[e].key not in _FUNCTION and tokens[e].key not in lx.MONTH_WORDS \
                    and tokens[e].start - tokens[e - 1].end == 1 and not tokens[e].nl and tokens[e].start not in opens:
                e += 1
            return e

        def add(s, e, priority=4):
            for m in range(s + 1, e):  # a paper the authority files know ends there: "the newspaper
                if any(x.kind == "org" for x in self._lookup(tuple(t.key for t in tokens[s:m])) or ()):
                    e = m  # Cumhuriyet Orhan Karaosman"
                    break
            if e > s and not any(x.kind == "person" for x in self._lookup(tuple(t.key for t in tokens[s:e])) or ()) \
                    and tokens[s].key not in self.surnames:
                out.append(Candidate(s, e, "org", priority, cert="medium"))

        for k, t in enumerate(tokens[:-1]):
            if t.key in lx.PERIODICAL_CUES and t.text.islower():
                e = name_end(k + 1)
                qualified = t.key != "paper" or k > 0 and tokens[k - 1].key in _PAPER_QUALIFIERS \
                    or e < n and tokens[e].key in _PRESS_VERBS
                if e > k + 1 and qualified and tokens[k + 1].start - t.end == 1 and not tokens[k + 1].nl:
                    place = any(x.kind == "place" for x in self._lookup(tuple(x.key for x in tokens[k + 1:e])) or ())
                    add(k + 1, e, 7 if place and t.key != "paper" else 4)  # "the local paper Aftab-e Khorasan";
                    # "the opposition magazine Formosa", though the authority files know the island
            if (t.key in lx.PERIODICAL_CUES or t.key in lx.PERIODICALS_CUES) and t.text.islower() \
                    and tokens[k + 1].key == "of":
                c = k + 2
                while c < n and c - k <= 7 and tokens[c].text != "," and not tokens[c].nl and tokens[c].is_word:
                    c += 1
                if c < n and tokens[c].text == "," and not (k > 1 and tokens[k - 1].key == "the"
                                                            and tokens[k - 2].text == ","):
                    names = [(c + 1, apposed_end(c + 1))]  # "the paper of the provincial committee, Nameh-ye Sharq,"
                    while t.key in lx.PERIODICALS_CUES and names[-1][1] > names[-1][0]:
                        s = names[-1][1]  # "... Krasnoye Znamya in Russian and Padomju Daugava in Latvian,"
                        if s + 2 < n and tokens[s].key == "in" and tokens[s + 1].is_cap:
                            s += 2
                        if s + 1 < n and [x.key for x in tokens[s:s + 2]] == [",", "and"]:
                            s += 2
                        elif s + 1 < n and tokens[s].key in (",", "and"):
                            s += 1
                        else:
                            break
                        names.append((s, apposed_end(s)))
                    names = [(s, e) for s, e in names if e > s]
                    last = names[-1][1] if names else n
                    if last + 2 < n and tokens[last].key == "in" and tokens[last + 1].is_cap:
                        last += 2
                    if last < n and tokens[last].text == ",":
                        for s, e in names:
                            add(s, e)  # an apposition, closed by a comma: not "the papers of Seoul, Cho Man-sik spoke"
            if t.text == "," and k + 2 < n and tokens[k + 1].key == "the":
                cue = k + 2 + (tokens[k + 2].key in _PAPER_QUALIFIERS)
                if cue + 1 < n and tokens[cue].key in lx.PERIODICAL_CUES and tokens[cue + 1].key in ("of", ",", "."):
                    s = k
                    while s > 0 and k - s < 4 and self._paper_word(tokens[s - 1]) and not tokens[s].nl \
                            and tokens[s - 1].start not in opens:
                        s -= 1
                    if s < k and name_end(s) == k and (s == 0 or not tokens[s - 1].is_cap):
                        add(s, k)  # "Tiedonantaja, the paper of the minority of the SKP"
        return out

    def _places_before_their_noun(self, tokens, opens):
        """Names before a lowercase noun of a territory are places, a list of them before the plural: "the
        Izbaskan, Pakhtaabad and Balykchi raions", "the Kakheti and Imereti districts", "Dolyna raion"; not
        peoples' adjectives nor bodies ("the Soviet district", "the Party district")."""
        out = []

        def name_start(e):
            s = e
            while s > 0 and e - s < 2 and tokens[s - 1].is_cap and tokens[s - 1].is_word and not tokens[s - 1].is_allcaps \
                    and tokens[s - 1].key not in _FUNCTION \
                    and (s == e or tokens[s - 1].end + 1 == tokens[s].start and not tokens[s].nl
                         and tokens[s].start not in opens):  # not "Lvov [Lviv] oblast"
                s -= 1
            if s < e and not lx.is_english(tokens[e - 1].text) and not self.gazetteer.is_demonym(tokens[e - 1].text) \
                    and not any(x.kind in ("person", "org") for x in self._lookup(tuple(t.key for t in tokens[s:e])) or ()):
                return s
            return e

        for k, t in enumerate(tokens):
            if t.key not in _TERRITORY_NOUNS or not t.text.islower() or k == 0:
                continue
            e = k
            while True:
                s = name_start(e)
                if s == e:
                    break
                out.append(Candidate(s, e, "place", 3, cert="medium"))
                if t.key not in _TERRITORY_PLURALS or s < 2:
                    break
                sep = [x.key for x in tokens[max(0, s - 2):s]]
                e = s - 2 if sep == [",", "and"] else s - 1 if sep[-1:] in ([","], ["and"]) else s
                if e == s:
                    break
        return out

    def _paper_word(self, tok) -> bool:
        """A word that may be part of a paper's name in its own language: capitalised, no English word."""
        return tok.is_cap and tok.is_word and not tok.is_allcaps and tok.key not in _FUNCTION \
            and tok.key not in lx.MONTH_WORDS and not lx.is_english(tok.text)

    @staticmethod
    def _military_districts(tokens):
        """A Soviet military or border district is a body: "the Pacific Border District", "the Kiev
        Military District" (not the place "the Jilin District")."""
        out = []
        for k in range(1, len(tokens) - 1):
            if tokens[k].text in ("Border", "Military") and tokens[k + 1].text == "District" \
                    and tokens[k].end + 1 == tokens[k + 1].start and not tokens[k + 1].nl:
                out.append(Candidate(_capitalised_start(tokens, k), k + 2, "org", 4, cert="medium"))
        return out

    def _sugar_mills(self, tokens, opens):
        """A Cuban sugar mill, "Central" and its name, is an org: "Central Jesús Menéndez", "Central
        España Republicana"; not "Central Committee", "Central Asia", "Central Java" (a place follows)."""
        out = []
        n = len(tokens)
        for k, t in enumerate(tokens[:-1]):
            nxt = tokens[k + 1]
            if t.text != "Central" or not (nxt.is_cap and nxt.is_word) or nxt.start - t.end != 1 or nxt.nl \
                    or nxt.key in lx.ORG_HEADS or nxt.key in lx.GEO_HEADS or lx.is_english(nxt.text) \
                    or self.gazetteer.is_demonym(f"Central {nxt.text}"):  # "the Central African Minister"
                continue
            e = _capitalised_run(tokens, k + 1, 3, lambda x: x.start not in opens)  # not "... Boliviana [COB]"
            if e > k + 1 and not self.gazetteer.lookup_place(" ".join(x.text for x in tokens[k:e])) \
                    and not self.gazetteer.lookup_place(nxt.text) and not (e < n and tokens[e].key in lx.ORG_HEADS):
                out.append(Candidate(k, e, "org", 5, cert="low"))
        return out

    @staticmethod
    def _dailies(tokens, boundaries):
        """A paper whose name ends in "Daily" is an org, even after a place the authority files know:
        "the Hubei Daily", "the Liberation Army Daily", "the Workers' Daily"; not "Daily News" (the
        name goes on), nor "DAILY" in capitals (an adverb in a telegram), nor across a bracket ("Renmin
        Ribao [People's Daily]")."""
        out = []
        n = len(tokens)
        for k, t in enumerate(tokens):
            if t.text != "Daily" or k == 0 or t.nl:
                continue
            nxt = tokens[k + 1] if k + 1 < n else None
            if nxt is not None and nxt.is_cap and nxt.is_word and nxt.start - t.end == 1 and not nxt.nl:
                continue
            s = k
            while s > 0 and k - s < 5 and not tokens[s].nl and tokens[s].start - tokens[s - 1].end <= 1 \
                    and tokens[s].start not in boundaries \
                    and (tokens[s - 1].is_cap and tokens[s - 1].is_word and not tokens[s - 1].is_allcaps
                         and tokens[s - 1].key not in _FUNCTION
                         or tokens[s - 1].text in ("'", "’", "'s", "’s") and s - 1 > 0):
                s -= 1
            while s < k and not tokens[s].is_word:
                s += 1
            if s < k:
                out.append(Candidate(s, k + 1, "org", 7, cert="low"))
        return out

    @staticmethod
    def _numbered_units(tokens):
        """A numbered military unit is an org: "the 14th Regiment", "the 23rd Infantry Regiment", "X Corps",
        "XXIV Corps", "the 2nd Battalion"."""
        out = []
        n = len(tokens)
        for k, t in enumerate(tokens):
            ordinal = bool(_ORDINAL.fullmatch(t.text))
            roman = t.text.isupper() and bool(_ROMAN.match(t.text))
            if not (ordinal or roman):
                continue
            j = k + 1
            while j < n and j - k <= 3 and tokens[j].is_cap and tokens[j].is_word and not tokens[j].nl \
                    and tokens[j].start - tokens[j - 1].end == 1 and tokens[j].key not in _UNIT_HEADS \
                    and (tokens[j].key in _UNIT_KINDS or ordinal):
                j += 1
            if j < n and tokens[j].key in _UNIT_HEADS and tokens[j].is_cap and not tokens[j].nl \
                    and tokens[j].start - tokens[j - 1].end == 1 and (ordinal or tokens[j].key in ("corps", "army")):
                out.append(Candidate(k, j + 1, "org", 3, cert="medium"))
        for k, t in enumerate(tokens[:-1]):  # the German manner, the number after: "Border Regiment 35", "Task Force 80"
            nxt = tokens[k + 1]
            if (t.key in ("regiment", "brigade", "battalion", "division") or t.text == "Force" and k
                    and tokens[k - 1].text == "Task") and t.is_cap and nxt.text.isdigit() \
                    and nxt.start - t.end == 1 and not nxt.nl and len(nxt.text) <= 3:
                out.append(Candidate(_capitalised_start(tokens, k), k + 2, "org", 3, cert="medium"))
        return out

    def _congresses(self, tokens, memory: Memory, opens=frozenset()):
        """"Congress" as a body: a legislature or a party of that name ("the National Congress",
        "the Indian National Congress", "the Congress was dissolved"), not a numbered congress,
        an event ("the Fifth Congress", "the XX Congress", "the CPSU Congress", "the Party
        Congress"); nor "the Congress" alone once a numbered one has been named, which it means."""
        out = []
        for h, tok in enumerate(tokens):
            if tok.text != "Congress":
                continue
            s = _capitalised_start(tokens, h)
            modifiers = tokens[s:h]
            if any(_ORDINAL.match(t.text) or _ORDINAL_WORD.match(t.key) or _ROMAN.match(t.text) or t.is_allcaps
                   or t.key in ("party", "founding", "extraordinary", "constituent", "unity")
                   for t in modifiers) or (h > 0 and tokens[h - 1].text in ("]", ")")):
                memory.congress_event = True  # "the Fifth Congress", "XXII [CPSU] Congress"
                continue
            nxt = tokens[h + 1] if h + 1 < len(tokens) else None
            if nxt is not None and nxt.key == "party":
                continue  # "the Congress Party": the head-noun rule's
            if h >= 2 and tokens[h - 1].text in ("'", "’", "'s", "’s") and tokens[h - 2].key in _POSSESSORS \
                    and tokens[h - 1].start == tokens[h - 2].end:
                s = _capitalised_start(tokens, h - 2)
                if all(self.gazetteer.is_demonym(t.text) or self._place_like(t) or t.key in ("national", "democratic")
                       or t.key in lx.COMPASS_WORDS for t in tokens[s:h - 2]):
                    out.append(Candidate(s, h + 1, "org", 2, cert="medium"))  # "Ceylon Workers' Congress",
                    # "the Northern People's Congress"
                continue
            if not modifiers and nxt is not None and nxt.key == "of" and h + 3 < len(tokens) \
                    and tokens[h + 2].key == "the":
                end = self._known_place_after(tokens, h + 3, opens)
                hit = self.gazetteer.lookup_place(" ".join(t.text for t in tokens[h + 3:end])) if end else None
                if hit is not None and hit.feature == "country":
                    out.append(Candidate(h, end, "org", 2, cert="medium"))  # "the Congress of the United States"
                continue
            if not modifiers and nxt is not None and nxt.key == "of" and h + 2 < len(tokens) \
                    and tokens[h + 2].is_cap and tokens[h + 2].key != "the":
                end = self._complement_end(tokens, h + 1, opens)
                if end > h + 1 and not self._is_place_name(tokens[h + 2:end]) \
                        and not self.gazetteer.lookup_place(" ".join(t.text for t in tokens[h + 2:end])):
                    # "the Congress of Deputies"; not "the Congress of the KWP", "the Congress of Vienna"
                    out.append(Candidate(h, end, "org", 2, cert="medium"))
                continue
            if modifiers:
                if all(self.gazetteer.is_demonym(t.text) or self._place_like(t) or t.key == "national"
                       for t in modifiers):
                    if s > 0 and tokens[s - 1].text == "All" and self._place_like(tokens[s]):
                        s -= 1  # "the All Ceylon Tamil Congress"
                    out.append(Candidate(s, h + 1, "org", 2, cert="medium"))  # "Indian National Congress"
            elif not memory.congress_event and (nxt is None or nxt.key != "of" and (
                    nxt.key != "in" or h + 2 < len(tokens) and _month_or_year(tokens[h + 2]))):
                out.append(Candidate(h, h + 1, "org", 1, cert="low"))  # "the Congress was dissolved",
                # "before the Congress in June"; not "the Congress in Bangalore" (a meeting, perhaps)
        return out

    def _orgs(self, tokens, opens=frozenset(), acronyms=frozenset()):
        """Org candidates: chains of acronyms (``acronyms``: those the document gave in brackets,
        even a stop-listed one like "PS"), foreign-language heads, and head nouns with their
        modifiers and complements."""
        out = []
        n = len(tokens)
        for i in range(1, n - 1):  # "the Social Democrats", "the Christian Democrats": a party by its members' name
            if tokens[i].text in _PARTY_MEMBERS_ADJECTIVES and tokens[i + 1].text == "Democrats" \
                    and tokens[i + 1].start - tokens[i].end == 1 and tokens[i - 1].key == "the":
                out.append(Candidate(i, i + 2, "org", 2, cert="medium"))
        # acronym chains: KWP CC Presidium, USSR MFA, CPSU CC Department
        i = 0
        while i < n:
            j = i
            parts = []
            while j < n:
                tok = tokens[j]
                if parts and tok.is_allcaps and len(tok.text) > 2 \
                        and (self.gazetteer.lookup_place(tok.text) or self._known_place_after(tokens, j, opens)) \
                        and any(x.kind == "org" for x in self._lookup(tuple(t.key for t in tokens[i:j])) or ()):
                    break  # "AMEMBASSY TOKYO", "AMEMBASSY ADDIS ABABA": an org and its post
                if parts and tok.start in opens and (self._lookup(tuple(t.key for t in tokens[i:j]))
                                                     or self.gazetteer.lookup_place(tokens[i].text) and j == i + 1
                                                     or tok.is_allcaps and all(k == "acr" for k, _, _ in parts)
                                                     and not _ROMAN.match(tokens[i].text)):
                    break  # "PUWP [PZPR]", "FRG [NSZK]", "KGST [CMEA]": the bracket gives the name again, it does not
                    # go on with it
                dotted = self._dotted_acronym(tokens, j)
                if dotted:
                    parts.append(("acr", j, dotted))
                    j = dotted
                    continue
                if parts and tok.text in ("der", "des") and j + 1 < n and not tokens[j + 1].nl \
                        and (self._is_acronym(tokens[j + 1]) or tokens[j + 1].text in acronyms
                             or re.fullmatch(r"[A-Z][A-Za-z]*[A-Z]", tokens[j + 1].text)):
                    parts.append(("acr", j + 1, j + 2))  # "ZK der PdAK", "ZK der SED"
                    j += 2
                    continue
                if self._is_acronym(tok) or tok.text in acronyms \
                        or (parts and tok.text in ("Presidium", "Politburo", "Secretariat", "Plenum", "Department",
                                                   "Commission", "Kreisleitung", "Bezirksleitung")):
                    parts.append(("acr" if tok.is_allcaps else "head", j, j + 1))
                    j += 1
                    continue
                if not parts and tok.is_cap and j + 1 < n and tokens[j + 1].text in _BODY_SUFFIXES \
                        and any(x.kind == "org" for x in (self._lookup((tok.key,)) or ())):
                    parts.append(("acr", j, j + 1))  # "Komsomol CC"
                    j += 1
                    continue
                break
            if parts and tokens[j - 1].text in ("Kreisleitung", "Bezirksleitung") and j < n \
                    and tokens[j].start - tokens[j - 1].end == 1 and not tokens[j].nl and self._city(tokens[j:j + 1]):
                j += 1  # "SED Kreisleitung Pirna", "SED Bezirksleitung Karl-Marx-Stadt": with its seat
            elif parts and tokens[j - 1].text in _BODY_SUFFIXES:
                j = self._complement_end(tokens, j, opens)  # "CC of the Dimitrov Communist Youth Union"
            elif parts and j < n and tokens[j].key in ("at", "under"):
                g = j  # "KGB at the Council of Ministers of the USSR"
                while g < n and tokens[g].key in ("at", "under", "of") and self._complement_end(tokens, g, opens) > g:
                    g = self._complement_end(tokens, g, opens)
                j = g
            elif parts and _bolsheviks_at(tokens, j):
                j = self._complement_end(tokens, _bolsheviks_at(tokens, j), opens)  # "CC VKP(b)", "CC CP(b) of Estonia"
            if parts:
                acr_tokens = [tokens[a] for kind, a, b in parts if kind == "acr"]
                all_places = all(self._place_like(t) for t in acr_tokens) and len(parts) == len(acr_tokens)
                single = len(parts) == 1 and j == parts[0][2]  # one acronym, no complement
                unknown = len(acr_tokens) >= 2 and len(parts) == len(acr_tokens) \
                    and all(len(t.text) <= 3 and not self._lookup((t.key,)) and t.text not in acronyms
                            and t.text not in _BODY_SUFFIXES for t in acr_tokens)  # "SHA TAU KOK": a place's syllables
                if not all_places and not unknown and not (single and self._lookup((tokens[i].key,))) \
                        and not (single and (_in_reference_number(tokens, i) or _code_with_number(tokens, i)
                                             or _word_of_a_line_in_capitals(tokens, i))):
                    out.append(Candidate(i, j, "org", 2, cert="medium" if len(parts) == 1 else "high"))
                    if j > parts[-1][2]:  # also without its complement, which a longer name may take
                        out.append(Candidate(i, parts[-1][2], "org", 1, cert="medium"))
                i = j
            else:
                i += 1
        out += self._prefixed_orgs(tokens, opens)
        # head nouns
        for h, tok in enumerate(tokens):
            k = tok.key
            if k in _SURNAME_HEADS and h > 0 and tokens[h - 1].is_cap \
                    and (tokens[h - 1].key in lx.GIVEN_NAMES or tokens[h - 1].key in self.given_names) \
                    and (h < 2 or not tokens[h - 2].is_cap or tokens[h - 2].key.rstrip(".") in lx.PERSON_CUES
                         or tokens[h - 2].key in lx.GIVEN_NAMES or tokens[h - 2].key in self.given_names):
                continue  # "Senator Frank Church", "James Richard Cross": a person
            if k in lx.EAST_ASIAN_SURNAMES and h + 1 < n and tokens[h + 1].is_cap and tokens[h + 1].is_word \
                    and tokens[h + 1].start - tok.end == 1 and not tokens[h + 1].nl \
                    and tokens[h + 1].key not in lx.ORG_HEADS and lx.is_pinyin_name(tokens[h + 1].text):
                continue  # "the Ambassador to Mauritania Bao Yongshan": a surname and a given name, not a paper
            if k in _HEADS_AFTER_WORDS:
                if not (tok.is_cap and h > 0 and tokens[h - 1].is_cap and lx.is_english(tokens[h - 1].text)):
                    continue  # "Kotlas Pulp and Paper Mill", not "John Stuart Mill"
            elif (k not in lx.ORG_HEADS or k in lx.EVENT_HEADS) and not _bishops_conference(tokens, h):
                continue
            if k == "force" and h + 1 < n and tokens[h + 1].text == "Base":
                continue  # "Howard Air Force Base": a place
            lowercase_head = not tok.is_cap
            if lowercase_head and k not in _LOWERCASE_ORG_HEADS:
                continue
            if k == "cabinet" and h >= 2 and tokens[h - 1].key == "de" and tokens[h - 2].key == "chef":
                continue  # "Chef de Cabinet of the Minister": an office, no body
            if k == "dal" and h > 0 and tokens[h - 1].key in lx.EAST_ASIAN_SURNAMES:
                continue  # a Korean name, "Kim Dal Sam", not a party like the Akali Dal
            if tok.is_cap and h >= 2 and tokens[h - 1].key in lx.LEADING_PARTICLES and tokens[h - 1].is_cap \
                    and (tokens[h - 2].key in lx.GIVEN_NAMES or self._name_token(tokens[h - 2])
                         or tokens[h - 2].key.rstrip(".") in lx.PERSON_CUES) and tokens[h - 2].is_cap \
                    and tokens[h - 2].end + 1 == tokens[h - 1].start and tokens[h - 1].end + 1 == tok.start:
                continue  # "James Van Fleet", "General Van Fleet": a given name or a title, a particle and a surname
            # modifiers to the left
            s = h
            if k in _OFFICES and tok.is_cap and h >= 2 and tokens[h - 1].text in _POSSESSIVE \
                    and tokens[h - 2].is_cap and (tokens[h - 2].key in _SINGULAR_ROLES
                                                  or tokens[h - 2].key in ("procurator", "prosecutor", "auditor")):
                s = h - 2  # "the Prime Minister's Office", "the Procurator's Office": a role's office is a body
                if s > 0 and tokens[s - 1].is_cap and tokens[s - 1].key in ("prime", "vice", "deputy", "first"):
                    s -= 1
            while s > 0 and tokens[s].start not in opens:
                prev = tokens[s - 1]
                if lowercase_head:
                    wide = next((w for w in (3, 2) if s >= w and all(t.is_cap for t in tokens[s - w:s])
                                 and (self.gazetteer.is_demonym(" ".join(t.text for t in tokens[s - w:s]))
                                      or any(x.kind == "place" for x in self._lookup(
                                          tuple(t.key for t in tokens[s - w:s])) or ()))), 0)
                    if wide:
                        s -= wide  # "the Sri Lankan government", "the Northern Ireland government", "the Papua
                        break  # New Guinea government"
                    ok = prev.is_cap and (self.gazetteer.is_demonym(prev.text) or self._place_like(prev)
                                          or self._is_acronym(prev))
                else:
                    ok = self._modifier(prev) or prev.key == "chief" and prev.is_cap and s == h \
                        and k in ("directorate", "administration", "department", "board", "command")  # "First
                    # Chief Directorate", "Chief Directorate of Border Troops" (Russian "glavnoe")
                    if not ok and prev.key == "and" and s - 2 >= 0 and self._modifier(tokens[s - 2]) \
                            and s < h and (not tokens[s - 2].is_allcaps  # "ARMS LIMITATION AND DISARMAMENT
                                           or lx.is_english(tokens[s - 2].text) and not self._is_acronym(tokens[s - 2])
                                           and not self._lookup((tokens[s - 2].key,))) \
                            and not self._org_name_ends_at(tokens, s - 2) \
                            and tokens[s - 2].key not in lx.PERIODICAL_CUES \
                            and not any(x.kind == "org" for a in range(max(0, s - 5), s - 1) for x in self._lookup(
                                tuple(t.key for t in tokens[a:s - 1])) or ()) \
                            and not (_is_town(self.gazetteer.lookup_place(tokens[s - 2].text)) and not k.endswith("s")
                                     and not (s >= 3 and self._modifier(tokens[s - 3]))) \
                            and not (any(self.gazetteer.lookup_place(" ".join(t.text for t in tokens[a:s - 1]))
                                         for a in range(max(0, s - 5), s - 2))
                                     and (self.gazetteer.is_demonym(tokens[s].text) or s + 1 < n
                                          and self.gazetteer.is_demonym(f"{tokens[s].text} {tokens[s + 1].text}"))):
                        # not "the Central African Republic and Central African Airways": a country of two
                        # words or more, then a body named by its demonym (but "Hong Kong and Macau Office")
                        # "Scientific and Technical Committee", "ARMS LIMITATION AND DISARMAMENT DIRECTORATE";
                        # not "KCNA and Rodong Sinmun", "KCNA AND RODONG SINMUN", "Renmin
                        # Ribao and Jiefangjun Bao", "Japan Air Lines and British Airways", "People's Daily
                        # and Guangming Ribao" (two names), nor a town and a body ("Longjing and Yanbian
                        # University"; but "Moscow and Leningrad Universities")
                        ok = True
                    if not ok and prev.text in ("’", "'") and s - 2 >= 0 and tokens[s - 2].text[-1:] in "sS" \
                            and tokens[s - 2].is_cap:
                        ok = True  # Korean Workers' Party
                    if not ok and prev.text in _POSSESSIVE and s - 2 >= 0 and tokens[s - 2].is_cap \
                            and tokens[s - 2].key in _POSSESSORS:
                        ok = True  # Chinese People's Volunteers
                    elif not ok and tokens[s].text in _POSSESSIVE and prev.is_cap and prev.key in _POSSESSORS:
                        ok = True  # the possessor itself: "the Sultan's Armed Forces"
                    if not ok and prev.text == "All" and s < h and self._place_like(tokens[s]):
                        ok = True  # "All Japan Seamen's Union", "All India Radio"
                    if not ok and (_ORDINAL.match(prev.text) or prev.text in ("II", "III", "IV", "VI", "VII", "VIII")) \
                            and s < h + 1:
                        ok = True  # 5th Territorial Department, II Directorate
                    if not ok and prev.text == "." and s >= 2 and _ROMAN.match(tokens[s - 2].text) \
                            and tokens[s - 2].end == prev.start and s < h and lx.is_english(tokens[s].text):
                        s -= 2  # Hungarian numbering: "V. Territorial Department" (not the initial of "V. Kuznetsov")
                        break
                    if not ok and _NUMBER_WORD.match(prev.key) and prev.is_cap and s < h and tokens[s].is_cap \
                            and tokens[s].key.endswith("s"):
                        ok = True  # "Five Provinces Administrative Bureau"
                    if not ok and s == h and k in ("company", "co", "sons", "brothers") and prev.text in ("and", "&"):
                        s = self._firm_name_start(tokens, s - 1)  # "W. R. Grace and Company"
                        break
                    if not ok and prev.text == "." and s < h:
                        d = self._dotted_country_before(tokens, s)
                        if d is not None:
                            s = d  # "U.S. Military Group", "U.K. Trade Mission"
                            break
                    if not ok and prev.text in _FOREIGN_LINKS and s < h and s >= 2 and tokens[s - 2].is_cap \
                            and tokens[s - 2].is_word and tokens[s - 2].key not in _FUNCTION:
                        s -= 2  # "Cerro de Pasco Corporation"
                        continue
                if not ok:
                    break
                if prev.text in _POSSESSIVE and not (s - 2 >= 0 and tokens[s - 2].key in _POSSESSORS):
                    break
                s -= 1
            if s < h and tokens[s].key == "and":
                s += 1
            if lowercase_head and s > 0 and tokens[s - 1].key in ("no", "any", "every", "each"):
                continue  # "no Swiss government could cross": no one government
            if 2 <= s < h and tokens[s - 1].key == "of" and tokens[s - 2].key == "republic" and tokens[s - 2].is_cap \
                    and self._place_like(tokens[s]) and tokens[s - 1].start not in opens:
                s -= 2  # "Republic of Korea National Red Cross": the country's whole name is the modifier
                while s > 0 and (tokens[s - 1].is_cap and tokens[s - 1].is_word and tokens[s - 1].key not in _FUNCTION
                                 or tokens[s - 1].text in _POSSESSIVE):
                    s -= 1
            if k in ("leadership", "government", "presidency", "administration", "cabinet", "regime") and s < h \
                    and all(t.key in _GENERIC_ADJECTIVES - {"military"} for t in tokens[s:h]):
                continue  # "THE NEW LEADERSHIP", "a Strong Leadership", a subject line's "the New Government": no
                # body's name, as "Central Leadership" is
            # complement to the right: "of [the] Foreign Affairs", more heads
            if h + 1 < n and tokens[h + 1].key in lx.EVENT_HEADS:
                continue  # "Party Congress" names an event
            e = h + 1
            while e < n and tokens[e].start not in opens:
                t = tokens[e]
                if t.key in lx.ORG_HEADS and t.is_cap and t.key not in lx.EVENT_HEADS:
                    e += 1
                    continue
                if e == h + 1 and t.text.isupper() and _ROMAN.match(t.text) and len(t.text) <= 4 \
                        and not (t.text == "I" and e + 1 < n and tokens[e + 1].is_word and not tokens[e + 1].nl
                                 and not tokens[e + 1].is_cap and tokens[e + 1].key != "of") \
                        and not (len(t.text) == 1 and e + 2 < n and tokens[e + 1].text == "."
                                 and tokens[e + 1].start == t.end and tokens[e + 2].is_cap
                                 and (not lx.is_english(tokens[e + 2].text)
                                      or self._initial_at(tokens, e + 2) and tokens[e + 2].start not in opens)):
                    e += 1  # Department II, "Department I." (not "the Embassy I visited", nor an initial "V. I. Lyapin")
                    if e < n and tokens[e].is_cap and tokens[e].is_word and lx.is_english(tokens[e].text) \
                            and tokens[e].key not in _FUNCTION and tokens[e].key.rstrip(".") not in lx.ROLE_WORDS \
                            and tokens[e].start - t.end == 1:
                        e += 1  # "Directorate I Relations" (of the Romanian MFA)
                    continue
                if e == h + 1 and t.key == "general" and tokens[h].key in ("consulate", "staff", "secretariat",
                                                                          "directorate"):
                    e += 1  # Consulate General, Directorate General
                    continue
                if t.key in ("of", "for", "on", "under", "at"):
                    g = self._complement_end(tokens, e, opens)
                    if t.key == "for" and e > h + 1 and tokens[e - 1].key != "general" \
                            and all(self._place_like(x) for x in tokens[e + 1:g]):
                        break  # "the projects of the Ministry of Foreign Trade of the USSR for Hungnam": a purpose
                    if t.key == "of" and s < h and _PAPER_WORD.fullmatch(tokens[h].text) \
                            and self._city(tokens[e + 1:g]):
                        break  # "the Liaoning Ribao of Shenyang": a paper and its city (not "the Times of India")
                    if t.key == "of" and g == e + 2 and self._members_follow(tokens, e + 1, g):
                        break  # "the Andean Group of Bolivia, Chile, Colombia, Ecuador and Peru": its members
                    if g > e:
                        e = g
                        continue
                break
            if lowercase_head and s == h:
                continue
            if s < h:
                e = self._dedication_end(tokens, e)
            k0 = s - 1 - (1 if s >= 2 and tokens[s - 1].key == "the" else 0)
            if k0 >= 1 and tokens[k0].key in ("of", "for") and (
                    tokens[k0 - 1].key in ("minister", "ministers") and k not in ("embassy", "legation", "consulate", "ministry")
                    or tokens[k0 - 1].key == "secretary" and k in ("force", "navy", "army")):
                continue  # "Minister of the People's Armed Forces", "Secretary of the Air Force" name a portfolio;
                # not "Minister of the Embassy", "the Minister of the Second Ministry of Machine Building"
            if s == h - 1 and k == "commission" and tokens[s].key == "high" and e == h + 1:
                s = h  # "the High Commission": a bare head, like "the Embassy"
            if s == h and (e == h + 1 or e == h + 2 and tokens[h + 1].key == "general"):
                if k == "senate" and not lowercase_head:
                    out.append(Candidate(s, e, "org", 2, cert="medium"))  # "the Senate" names one house
                elif not lowercase_head:  # a bare head noun ("the Ministry", "the Consulate General") is
                    out.append(Candidate(s, e, _BARE, 0))  # no name, unless an org or place follows
                continue
            if any(self._is_place_name(tokens[s:k]) for k in range(h + 1, e + 1)):
                continue  # "Soviet Union" is a place, not an org headed by "Union"
            out.append(Candidate(s, e, "org", 2, cert="medium"))
        return out

    # ------------------------------------------------------------ persons

    def _names_surname_first(self, text, tokens, memory: Memory | None = None):
        """A man listed surname first with a comma, as police and party lists write him: after a list
        mark ("1) Kianuri, Nureddin, engineer", "a) Hänsel, Gottfried, 14 ha") or before his age
        ("known as Brückner, Ilona, 34, of Grünau", "- ZANETTI, Mario (17, student"). The comma stays inside the name."""
        out = []
        for m in _SURNAME_FIRST.finditer(text):
            surname, given = m.group("surname"), m.group("given")
            words = [w for w in (*surname.split(), *given.split()) if w.casefold() not in lx.LEADING_PARTICLES]
            if not (m.group("mark") or m.group("age") or m.group("age2")) \
                    or m.group("item_end") is not None and not m.group("mark") or any(
                    lx.is_english(w) and w.casefold() not in lx.GIVEN_NAMES  # but "IBINGIRA, Grace"
                    or w.casefold() in lx.ORG_HEADS or w.casefold() in lx.MONTH_WORDS for w in words) \
                    or any(self.gazetteer.lookup_place(w) and w.casefold() not in self.given_names
                           for w in given.split()):  # a surname may be a town's name ("Kos, Ivan"), a given name not
                continue
            span = _token_span(tokens, m.start("surname"), m.end("given"))
            if span is not None:
                out.append(Candidate(*span, "person", 4, cert="medium"))
        for m in _TITLED_SURNAME_FIRST.finditer(text):  # "for Bolivia, Ambassador Prudencio Claure, Jorge"
            if m.group("title").casefold().rstrip(".").replace("’", "'").split("-")[-1] in lx.ROLE_WORDS \
                    and self._given_name(m.group("given")) \
                    and not any(lx.is_english(w) or self.gazetteer.lookup_place(w) for w in m.group("surname").split()):
                span = _token_span(tokens, m.start("surname"), m.end("given"))
                if span is not None:
                    out.append(Candidate(*span, "person", 4, cert="medium"))

        def name_start(m) -> int:
            return m.start("particles") if m.groupdict().get("particles") else m.start("surname")

        def opens_line(m) -> bool:  # the name opens its line, perhaps after a label, a list mark or a title
            start, end = text.rfind("\n", 0, m.start()) + 1, m.start("title") if m.group("title") else name_start(m)
            return bool(_LINE_LABEL.fullmatch(text, start, end)
                        or (m.group("initials") or text[m.end("given"):m.end("given") + 1] == ".")
                        and _NUMBERED_ITEM.fullmatch(text, start, end))  # "2. ANKRAH, JOSEPH ARTHUR. MAJ. GEN."

        matches = [(text.count("\n", 0, m.start()), m) for m in _LISTED_SURNAME_FIRST.finditer(text)]
        openers = {line for line, m in matches if opens_line(m)}
        lists = {line for line, n in Counter(line for line, _ in matches).items() if n >= 3} \
            | {line for line in openers if sum(x in openers for x in range(line - 2, line + 3)) >= 3}
        if memory is not None:  # a block of its own after a list's label or another item: an item of the list
            if memory.list_follows:
                lists.add(0)
            memory.list_follows = bool(0 in openers or _LIST_LABEL.fullmatch(text.strip()))
        listed = [(line, m) for line, m in matches if self._listed_name_plausible(m, line in lists)
                  and not (m.group("title") and m.group("initials"))  # not "Sir Percy Spender, K.B.E."
                  and not self._surname_list_goes_on(text, m)]
        listed += [(text.count("\n", 0, m.start()), m) for m in _CAPS_SURNAME_FIRST.finditer(text)
                   if not self.gazetteer.lookup_place(m.group("given")) and m.group("surname") not in _STOP_ACRONYMS
                   and not any(w.casefold() in lx.ORG_HEADS for w in m.group("given").split())]
        # (not "SSIP, Second Directorate": an org's head is no given name)
        per_line = Counter(line for line, _ in listed)
        for line, m in listed:  # two on a line at least, or one opening its line
            if per_line[line] >= 2 or opens_line(m):
                span = _token_span(tokens, name_start(m), m.end("given"))
                if span is not None:
                    out.append(Candidate(*span, "person", 4, cert="medium"))
        return out

    @staticmethod
    def _surname_list_goes_on(text, m) -> bool:
        """Whether a match of :data:`_LISTED_SURNAME_FIRST` is two surnames of a list of surnames: its "given
        name" no known one, and a lone word between commas after it that is no office ("Present: Togliatti,
        Longo, Secchia, Amendola"; not "Mathur, B. N., Director," nor "Berisha, Sali, Chairman,")."""
        after = _BARE_SURNAME_AFTER.match(text, m.end("given"))
        if after is None or m.group("initials") or m.group("given").split()[0].casefold() in lx.GIVEN_NAMES:
            return False
        word = after.group(0).strip(" ,").casefold()
        return word not in lx.ROLE_WORDS and not lx.is_english(word)

    def _listed_name_plausible(self, m, in_list: bool = False) -> bool:
        """Whether a match of :data:`_LISTED_SURNAME_FIRST` may be a man's name: each word capitalised (the
        surname perhaps in capitals: "HALLORAN, J. R."), no head of a body, no English word but a given name
        ("Anderson, John") or a later part of one ("Brandt, Klaus-Dieter") or a surname before initials
        ("Wood, L. S."), no known place, country or capital ("Šimůnek, Jaroslav" though Yaroslavl is big; not
        "USCAR, Naha"; a mountain or river as the given name may be one: "Jhugroo, Kailash"), no East Asian
        family name ("Peng, Deng, Hong"), and a surname of two words only before initials or a Romance given
        name, or after an Arabic "Abi", "Ould"... ("Sen Gupta, A. K.", "Roa García, Raúl", "Abi Rached,
        Samir"; not "Berlin Wall, X"). ``in_list``: the line lists three names or more this way,
        so the surname may be an English word and have two words ("Bunker, Ellsworth – United States; Penna
        Marinho, Ilmar – Brazil; ...")."""
        surname, given = m.group("surname"), m.group("given")
        if any(w.casefold() in lx.PERSON_CUES for w in surname.split()) and not self._given_name(given.split()[0]):
            return False  # "- Major General, Metrocom": a rank and a unit after a listed name, no name
        first = surname.split()[-1 if len(surname.split()) == 2 and surname.split()[0] in _ARABIC_SURNAME_OPENERS else 0]
        words = (re.split(r"[-'’]", first)[-1],  # "Ben Salah, Ahmed": the word after "Ben"
                 *(w for w in re.findall(r"\w{2,}", given) if w not in ("de", "du", "da", "von", "van")))
        for k, w in enumerate(words):
            hit = self.gazetteer.lookup_place(w)
            if not (w[0].isupper() and (w[1:].islower() or not k and (w.isupper() or _MC_NAME.fullmatch(w)))) \
                    or w.casefold() in lx.ORG_HEADS \
                    or lx.is_english(w) and (k == 0 and not m.group("initials") and not in_list
                                             and not re.search(r"\s[A-Z]\.$", given)  # "Moss, Ambler H."
                                             or k >= 1 and w.casefold() not in lx.GIVEN_NAMES
                                             and f"{w}-" not in given) \
                    or k and w.casefold() in lx.PERSON_CUES and f"{w}-" not in given \
                    or _known_place(hit, big=not k and not (in_list and m.group("second")) and not m.group("initials")) \
                    and not (k and (self._given_name(w) or hit.feature in _NATURAL_FEATURES)) \
                    or k and surname.isupper() and hit and not in_list:  # (a list's "Salvador Moncayo, Jorge")
                return False
        if m.group("second") and m.group("second").strip() in lx.JAPANESE_GIVEN_NAMES:
            return False  # "Okazaki Kaheita, Ueda Kosuke": two Japanese names, each family name first
        return (surname.split()[0].casefold() not in lx.EAST_ASIAN_SURNAMES  # but "YAO, Kouadio Bernard"
                or not any(lx.is_pinyin_name(w) or w.casefold() in lx.EAST_ASIAN_SURNAMES for w in given.split())) \
            and not any(_GERMAN_BODY_WORD.fullmatch(w) or _NEWSPAPER_WORD.fullmatch(w) for w in (surname, *given.split())) \
            and not (m.group("second") and not m.group("initials") and not in_list
                     and not (self._given_name(given.split()[0]) and surname[:2] in ("d'", "d’"))
                     and given.split()[0].casefold() not in lx.ROMANCE_GIVEN_NAMES
                     and surname.split()[0] not in _ARABIC_SURNAME_OPENERS)

    def _participants(self, text, tokens, boundaries):
        """Those present, listed each with an office or a body after a comma: "Present: Wuyun, Foreign
        Affairs Office of the Autonomous Region; Batu, from Xilingol" (not a place the authority files know,
        nor a name after a title or with a bracket in it, which other rules read)."""
        out = []
        for line in _PARTICIPANTS_LINE.finditer(text):
            end = text.find("\n", line.end())
            end = len(text) if end < 0 else end
            item = line.end()
            while item < end:
                m = _PARTICIPANT.match(text, item, end)
                words = m.group("name").split() if m else ()
                office = m is not None and (_WORD.match(text, m.end()) or [""])[0].casefold() in lx.ROLE_WORDS
                if words and all(w[0].isupper() and w[1:].replace("-", "").islower() for w in words) \
                        and not any(lx.is_english(w) and w.casefold() not in self.given_names and not office
                                    or w.casefold() in lx.ROLE_WORDS for w in words) \
                        and not any(m.start("name") < b < m.end("name") for b in boundaries) \
                        and not any(e.kind != "person" for e in self._lookup(token_keys(m.group("name"))) or ()):
                    span = _token_span(tokens, m.start("name"), m.end("name"))
                    if span is not None:
                        out.append(Candidate(*span, "person", 4, cert="medium"))
                item = text.find(";", item, end) + 1 or end
        return out

    def _signature(self, text, tokens):
        """A block that is nothing but a surname, perhaps after initials or in parentheses,
        signs the document or one of its telegrams: "Kulczycki", "ZIELONKA", "A. P. PIMENOV",
        "(Kallenbach)". Not a word the authority files know as a place or an org ("Pyongyang"
        alone is a dateline)."""
        if "\n" in text.strip() or not tokens:
            return []
        if 2 <= len(tokens) <= 3 and all(t.is_word and t.is_allcaps and len(t.text) > 2 for t in tokens) \
                and self._name_token(tokens[0]) and all(self._plain_word_surname(t) for t in tokens[1:]) \
                and not self._lookup(tuple(t.key for t in tokens)) \
                and not self.gazetteer.lookup_place(" ".join(t.text for t in tokens)):
            return [Candidate(0, len(tokens), "person", 3, cert="medium")]  # "BASTIAN PINTO"
        first, last = 0, len(tokens) - 1
        if last >= 2 and tokens[0].text == "(" and tokens[-1].text == ")":
            first, last = 1, last - 1  # "(Kallenbach)"
        i = first
        while i < last and self._initial_at(tokens, i):
            i += 2
        tok = tokens[last]
        initials = i > first
        heading = i - first == 2 and tokens[first].text in ("I", "V", "X")  # "I. Introduction"
        short_capitals = tok.is_allcaps and len(tok.text) == 4 and tok.is_word and not lx.is_english(tok.text) \
            and tok.text not in _STOP_ACRONYMS  # "GEDE": a signature, where elsewhere it would be an acronym
        if i != last or len(tok.text) < 3 or not (self._name_token(tok) or short_capitals
                                                   or initials and not heading and self._surname_after_initials(tok)):
            return []  # "A. FISHER": after initials even an English word is the surname
        if any(x.kind != "person" for x in self._lookup((tok.key,)) or ()) or tok.text in _STOP_ACRONYMS:
            return []  # nor a caption: "NODIS"
        hit = None if initials else self.gazetteer.lookup_place(tok.text)
        if hit is not None and "-" in tok.text:
            return []  # "Yuzhno-Sakhalinsk" under a letterhead: a town of two words is a dateline
        if hit is not None and not tok.text.isascii() and tok.text.casefold() != hit.name.casefold():
            hit = None  # "KÓNYA" signs; the gazetteer's "Konya" has no accent
        if hit is not None and (hit.feature != "city" or hit.population >= _BIG_CITY or hit.capital
                                or hit.authority_id is not None):
            return []  # "EMBASSY OF THE REPUBLIC OF CUBA / LUANDA", "Canberra", "NORTHERN IRELAND OFFICE / BELFAST":
            # a dateline or address, not a signature
        return [Candidate(first, last + 1, "person", 4, cert="medium")]

    @staticmethod
    def _expansions(tokens, opens, boundaries):
        """The name of a body right before its acronym in a translator's bracket: "the Arms Control
        and Disarmament Agency [ACDA]" (its capitalised words spell the acronym), "the Sandinista
        Defence Committees [CDS]" (capitalised words that end in an org's head, in the plural too)."""
        def word(t):
            return t.is_cap and t.is_word and not t.is_allcaps and t.key.rstrip(".") not in lx.PERSON_CUES \
                and t.key not in _FUNCTION

        out = []
        for k, acr in enumerate(tokens):
            if k < 2 or acr.start not in opens or acr.end not in boundaries or not acr.is_allcaps \
                    or not acr.is_word or not 2 <= len(acr.text) <= 8 or acr.nl:
                continue
            s = k
            while s > 0 and k - s < 10 and not tokens[s - 1].nl and tokens[s - 1].start not in boundaries \
                    and (word(tokens[s - 1]) or tokens[s - 1].key in _EXPANSION_LINKS):
                s -= 1
            if tokens[k - 1].key in _EXPANSION_LINKS:
                continue
            spelled = next((b for b in range(s, k - 1) if word(tokens[b])
                            and _initials(t for t in tokens[b:k] if word(t)) == acr.text), None)
            if spelled is not None:
                out.append(Candidate(spelled, k, "org", 3, cert="medium"))
                continue
            b = k
            while b > s and word(tokens[b - 1]) and tokens[b - 1].end + 1 == tokens[b].start:
                b -= 1  # capitalised words only, one space apart
            head = tokens[k - 1].key
            if k - b >= 2 and (head in lx.ORG_HEADS or head.rstrip("s") in lx.ORG_HEADS):
                out.append(Candidate(b, k, "org", 3, cert="medium"))
        return out

    def _code_names(self, tokens, memory):
        """A code name or alias after the word for an agent, in capitals or in quotation marks
        ("the agent BRUNO", "the Secret Collaborator LEKTOR", 'the unofficial collaborator "Rolf"',
        'a man who calls himself "Uwe"'), and the same code name again anywhere in the document."""
        out = []
        n = len(tokens)
        for i, cue in enumerate(tokens[:-1]):
            if cue.key not in _CODE_NAME_CUES:
                continue
            j = i + 1
            quoted = tokens[j].text in ('"', "“", "'")
            j += quoted
            if j >= n or not (tokens[j].is_word and tokens[j].is_cap) or tokens[j].nl or self._lookup((tokens[j].key,)):
                continue  # not "the source USIA": a body the authority files know
            closed = j + 1 < n and tokens[j + 1].text in ('"', "”", "'")
            if quoted and not closed or not quoted and (not tokens[j].is_allcaps or cue.key in _QUOTED_NAME_CUES):
                continue  # "calls himself" takes a name only in quotation marks; an agent, a word in capitals
            memory.code_names.add(tokens[j].text)
        for j, tok in enumerate(tokens):
            if tok.text in memory.code_names:
                out.append(Candidate(j, j + 1, "person", 4, cert="low"))
        return out

    def _salutation(self, tokens):
        """The name a letter greets, on a line of its own: "Dear Walt:", "Dear Frank Wisner,"; not
        "Dear Sir:", "Dear Comrades," (titles and common words are no names)."""
        if len(tokens) < 3 or tokens[0].key != "dear" or tokens[-1].text not in (":", ",", "!"):
            return []
        words = tokens[1:-1]
        if not 1 <= len(words) <= 3 or any(t.nl for t in tokens[1:]) \
                or not all(t.is_cap and t.is_word and t.key.rstrip(".") not in lx.PERSON_CUES
                           and (not lx.is_english(t.text) or t.key in lx.GIVEN_NAMES) for t in words):
            return []
        return [Candidate(1, len(tokens) - 1, "person", 4, cert="medium")]  # "Dear Pickering," not the town

    def _known_person(self, keys, memory) -> bool:
        """Whether a run of name keys is a person the authority files or this document know."""
        return any(x.kind == "person" for x in self._lookup(keys) or ()) \
            or keys[0] in memory.aliases or keys[-1] in memory.aliases or keys[-1] in self.surnames

    def _speaker_labels(self, tokens, memory, boundaries):
        """A speaker's label in minutes: at the start of a line, a name of one to four words
        (perhaps in capitals, perhaps with a particle) and a colon or dash ("DEL VALLE:",
        "ROA:", "Gomułka—"), perhaps with a note in brackets before the colon; not a label word ("Present:",
        "DECIDED:"), a place or a body."""
        out = []
        n = len(tokens)
        for i, tok in enumerate(tokens):
            if not (i == 0 or tok.nl) or not (tok.is_cap and tok.is_word):
                continue
            j = i
            while j < n and j - i < 4 and (tokens[j].is_cap and tokens[j].is_word or tokens[j].key in _PARTICLES) \
                    and (j == i or not tokens[j].nl and tokens[j].start - tokens[j - 1].end == 1):
                j += 1
            colon = j
            if colon < n and tokens[colon].start in boundaries and not tokens[colon].nl:
                close = next((k for k in range(colon + 1, min(n, colon + 12)) if tokens[k - 1].end in boundaries), None)
                if close is not None and not any(t.nl for t in tokens[colon:close]):
                    colon = close  # a translator's note before the colon: "SHRI A. B. VAJPAYEE [Translated from Hindi]:"
            if colon >= n or tokens[colon].text not in (":", "—", "–") \
                    or tokens[colon].start != tokens[colon - 1].end or tokens[j - 1].key in _PARTICLES:
                continue
            while j - i > 1 and tokens[i].key.rstrip(".") in lx.STRONG_PERSON_CUES:
                i += 1  # the title stays outside: "SHRI MADHU LIMAYE:", "Mr. Kim:"
            words = tokens[i:j]
            keys = tuple(t.key for t in words)
            known = any(x.kind == "person" for x in self._lookup(keys) or ()) \
                or len(keys) == 1 and (keys[0] in memory.aliases or keys[0] in self.surnames)  # "ROH:", Roh Tae-woo
            if not known and not all(self._name_token(t) or t.is_allcaps and len(t.text) > 2
                                     and not lx.is_english(t.text) and t.key not in lx.NOT_NAME_WORDS
                                     and t.key not in lx.ORG_HEADS for t in words if t.key not in _PARTICLES):
                continue  # "Assessment:", "Written:", "DECIDES:": labels, not speakers
            said_before = len(keys) == 1 and keys[0] in memory.aliases  # "ROH:" after "Roh Tae-woo", not the union ROH
            if not said_before and (any(x.kind != "person" for x in self._lookup(keys) or ())
                                    or self.gazetteer.lookup_place(" ".join(t.text for t in words))
                                    or len(words) == 1 and self._is_acronym(words[0])
                                    and words[0].text not in _STOP_ACRONYMS and not known):
                continue
            out.append(Candidate(i, j, "person", 7 if said_before else 3, cert="medium",
                                 ref=memory.aliases.get(keys[0]) if said_before else None))
        return out

    def _name_token(self, tok) -> bool:
        if not tok.is_word or not tok.is_cap:
            return False
        k = tok.key
        if k in lx.NOT_NAME_WORDS or k.rstrip(".") in lx.PERSON_CUES or k in lx.ORG_HEADS \
                or k in lx.EVENT_HEADS:
            return False
        if self.gazetteer.is_demonym(tok.text) or self.gazetteer.is_demonym(tok.text.rstrip("s")):
            return False
        if k in self.person_tokens or k in self.surnames:
            return True
        entries = self._lookup((k,))
        if entries and all(x.kind != "person" for x in entries) and self._case_ok([tok], entries):
            return False  # but "Eda" of "Eda Saburo" is not the acronym "EDA"
        if "-" in tok.text:
            parts = tok.text.split("-")
            if all(p[:1].isupper() for p in parts) and any(self.gazetteer.lookup_place(p) for p in parts) \
                    and not _ARTICLE_NAME.match(tok.text):
                return False
        if tok.is_allcaps and len(tok.text) <= 4 and k not in lx.EAST_ASIAN_SURNAMES:
            return False
        if re.search(r"(?:ists?|isms?)$", k) and len(k) > 5:
            return False  # "Maoists", "Titoism"
        if _CAMEL.match(tok.text) and not _NAME_PREFIX.match(tok.text):
            return False  # "MiG", "VCh": not names
        if tok.is_allcaps:
            return not lx.is_english(tok.text) and len(tok.text) > 2
        return not lx.is_english(tok.text)

    def _persons(self, tokens, memory, boundaries):
        out = []
        runs: list[tuple[int, int]] = []
        n = len(tokens)
        i = 0
        while i < n:
            tok = tokens[i]
            if tok.is_cap and i + 1 < n and tokens[i + 1].is_cap and tokens[i + 1].start - tok.end == 1 \
                    and self.gazetteer.is_demonym(f"{tok.text} {tokens[i + 1].text}"):
                i += 2  # "Costa Rican", "Sri Lankan": a people's adjective, no name (nor "Sri" a title)
                continue
            if tok.text in ("El", "Al") and i + 1 < n and tokens[i + 1].key in ("hadj", "hadji", "haj", "hajj"):
                i += 2  # "El Hadj Omar Bongo": a pilgrim's title of two words, outside the name
                continue
            if tok.text == "Bishop" and i + 1 < n and (tokens[i + 1].is_cap and tokens[i + 1].is_word
                                                        or tokens[i + 1].key == "of") \
                    and tokens[i + 1].start - tok.end == 1 and not tokens[i + 1].nl:
                i += 1  # a title before a name ("Bishop Abel Muzorewa") or a see ("the Bishop of Jaffna"); alone,
                continue  # a surname ("Maurice Bishop")
            forced = self._plain_word_name_at(tokens, i)  # "President Ford", "John Brown"
            if not forced and tok.is_cap and tok.is_word and not tok.is_allcaps and self._could_be_name(tok) \
                    and i + 1 < n and tokens[i + 1].start - tok.end == 1 \
                    and (tok.key in lx.EAST_ASIAN_SURNAMES or tok.key in lx.GIVEN_NAMES) \
                    and self._name_token(tokens[i + 1]):
                forced = 1  # "Ma Ziqing", "Angel Solakov": a family or given name that is an English word
            if not forced and tok.is_cap and tok.is_word and not tok.is_allcaps and i + 1 < n \
                    and tokens[i + 1].text in lx.JAPANESE_GIVEN_NAMES and tokens[i + 1].start - tok.end == 1 \
                    and not tokens[i + 1].nl and tok.key not in _FUNCTION and not lx.is_english(tok.text) \
                    and not self.gazetteer.is_demonym(tok.text) and tok.key.rstrip(".") not in lx.PERSON_CUES \
                    and not (i + 2 < n and tokens[i + 2].text[:1].isdigit()):
                forced = 2  # "Eda Saburo", "Ishiguro Jun": a Japanese name, family name first
            if not forced and tok.key in lx.EAST_ASIAN_SURNAMES and tok.is_cap and not tok.is_allcaps \
                    and self.gazetteer.is_demonym(tok.text) and i + 1 < n and not tokens[i + 1].nl \
                    and tokens[i + 1].start - tok.end == 1 and lx.is_pinyin_name(tokens[i + 1].text) \
                    and not lx.is_english(tokens[i + 1].text):
                forced = 1  # "Luo Guibo", "Luo Guangming": a Chinese surname that is also a people's name
            if not forced and tok.text in ("Abu", "Umm") and i + 1 < n and tokens[i + 1].is_cap \
                    and tokens[i + 1].is_word and not tokens[i + 1].is_allcaps and not tokens[i + 1].nl \
                    and tokens[i + 1].start - tok.end == 1 and tokens[i + 1].key not in _FUNCTION \
                    and not self.gazetteer.lookup_place(f"{tok.text} {tokens[i + 1].text}"):
                forced = 2  # "Abu Hashish", "Abu Jihad": "father of" and a name, even an English word
            if not forced and self._hyphenated_given_names(tokens, i):
                forced = 1  # "Bernd-Lutz Lange", "Karl-Heinz Schmidt"
            if not forced and tok.is_cap and tok.is_word and not tok.is_allcaps and i + 2 < n \
                    and tok.key not in _FUNCTION and tok.key not in lx.NOT_NAME_WORDS \
                    and tok.key.rstrip(".") not in lx.PERSON_CUES \
                    and tokens[i + 1].text in _VIETNAMESE_MIDDLE_NAMES and tokens[i + 1].start - tok.end == 1 \
                    and not tokens[i + 1].nl and self._name_token(tokens[i + 2]):
                forced = 1  # "La Thi Phuong", "Ma Van Khang": a Vietnamese family name, whatever else the word is
            if not forced and tok.key in _SURNAME_CUES and tok.is_cap and i + 1 < n and not tokens[i + 1].nl \
                    and tokens[i + 1].start - tok.end == 1 and lx.is_pinyin_name(tokens[i + 1].text) \
                    and not lx.is_english(tokens[i + 1].text):
                forced = 1  # "Ambassador Pan Zili": a surname, not the Polish "Pan" (Mr.)
            if not forced and tok.text in ("He", "I", "You", "An") and _pronoun_surname_at(tokens, i) \
                    and not self.gazetteer.lookup_place(tokens[i + 1].text):
                forced = 1  # "He Jianzhong", "I Ki-pung": a Chinese or Korean surname, not a pronoun
            if not forced and tok.is_cap and tok.is_word and not tok.is_allcaps and len(tok.text) > 2 \
                    and tok.key in memory.aliases \
                    and (lx.is_english(tok.text) or self.gazetteer.lookup_place(tok.text)) \
                    and any(k.endswith(" " + tok.key) or tok.key in lx.EAST_ASIAN_SURNAMES and k.startswith(tok.key + " ")
                            or k.count(" ") in (2, 3) and k.split()[1] == tok.key and "." not in k
                            and tok.key not in _FUNCTION and tok.key not in lx.NOT_NAME_WORDS
                            for k in memory.aliases) \
                    and not (i + 1 < n and tokens[i + 1].is_cap and tokens[i + 1].is_word
                             and tokens[i + 1].start - tok.end == 1):
                # "Mates" after "Leo Mates", "Moon" after "Moon Ik-hwan", "Choibalsan" after "Kh. Choibalsan",
                # "Lamas" after "Héctor Lamas Villavicencio": a surname said before, though an English word or a town
                forced = 1
            if not forced and tok.is_cap and tok.key in lx.LEADING_PARTICLES and i + 1 < n \
                    and tokens[i + 1].start - tok.end == 1 and tokens[i + 1].key in memory.aliases:
                forced = 1  # "La Rocque told them", after "Gene R. La Rocque": the particle opens the sentence
            if not forced and tok.is_cap and tok.is_word and not tok.is_allcaps and i + 1 < n \
                    and _LOWER_PARTICLE.match(tokens[i + 1].text) and tokens[i + 1].start - tok.end == 1 \
                    and not tokens[i + 1].nl and tok.key not in _FUNCTION and tok.key.rstrip(".") not in lx.PERSON_CUES:
                forced = 1  # "Sabah al-Ahmad al-Jaber": an Arabic name, though "Sabah" is also a place
            if not forced and tok.text in ("Sultan", "Amir", "Emir", "Malik") and i + 2 < n \
                    and tokens[i + 1].key in ("bin", "ibn") and tokens[i + 1].start - tok.end == 1 \
                    and tokens[i + 2].is_cap and not tokens[i + 1].nl:
                forced = 1  # "Shaikh Sultan bin Muhammad Al Qasimi": a title that is also a given name, before "bin"
            lead = 0 if forced else self._particles_before_name(tokens, i, memory)  # "de Gaulle", "von Hase"
            start_ok = forced or lead or self._initial_at(tokens, i) \
                or self._name_token(tok) or self._hyphenated_surname(tokens, i) \
                or _known_hyphenated(tok, memory) \
                or (tok.text == "U" and i + 1 < n and self._name_token(tokens[i + 1]))
            if start_ok and not forced and i > 1 and tokens[i - 1].key == "of" \
                    and tokens[i - 2].key in lx.PLACE_NOUNS_BEFORE_OF \
                    and i + 2 < n and self.gazetteer.lookup_place(tok.text) and tokens[i + 1].is_cap \
                    and tokens[i + 1].start - tok.end == 1 and self._name_token(tokens[i + 1]) \
                    and not self.gazetteer.lookup_place(f"{tok.text} {tokens[i + 1].text}"):
                start_ok = False  # "the district of Kashgar Abdurahman Sabiri": the place, then the name
            if start_ok and not forced and tok.is_allcaps and len(tok.text) > 1 and self._initial_at(tokens, i + 1):
                k = i + 1
                while self._initial_at(tokens, k):
                    k += 2
                if k < n and tokens[k].is_cap and not tokens[k].is_allcaps:
                    start_ok = False  # "the Politburo of ZANU-PF N. T. Chikowore": an acronym, then a name
            if start_ok and not forced and _TRADE_ENTERPRISE.fullmatch(tok.text):
                out.append(Candidate(i, i + 1, "org", 2, cert="low"))  # "Zarubezhgeologiya Yu. M. Safonov": a body,
                i += 1  # then a man
                continue
            if not start_ok:
                i += 1
                continue
            j = i + (forced or lead)
            east_asian = tok.key in lx.EAST_ASIAN_SURNAMES
            extra = 0
            while j < n:
                if j > i and (tokens[j].start in boundaries or tokens[j - 1].end in boundaries):
                    break  # not across a bracket: "Norodom Sihanouk [Xihanuke] Ieng Sary said"
                if j > i and (tokens[j].start - tokens[j - 1].end > 1 or tokens[j].nl):
                    break
                if self._initial_at(tokens, j) \
                        and not (j > i and self.gazetteer.lookup_place(" ".join(t.text for t in tokens[i:j + 1]))):
                    # an initial, but not the last word of a place: "the river Tra Ly."
                    hyphen = j + 2 < n and tokens[j + 2].text == "-" and tokens[j + 2].start == tokens[j + 1].end
                    j += 3 if hyphen else 2
                    continue
                t = tokens[j]
                if j > i and t.key == "wa" and j + 2 < n and tokens[j + 1].key == "za" and tokens[j + 2].is_cap \
                        and tokens[j + 2].is_word and not tokens[j + 2].nl:
                    j += 3  # "Mobutu Sese Seko Kuku Ngbendu wa za Banga"
                    continue
                if j > i and t.key in ("ould", "bin", "ibn", "bint", "wa") and j + 1 < n and tokens[j + 1].is_cap \
                        and tokens[j + 1].is_word and not tokens[j + 1].nl and tokens[j + 1].start - t.end == 1:
                    j += 2  # "son of" and a name, even a place's or a title: "Mohamed Lemine Ould Bah",
                    continue  # "Zayid bin Sultan Al Nahyan"
                after_initials = j > i and tokens[j - 1].text == "." and self._initial_at(tokens, j - 2) \
                    and not (tokens[j - 2].text in ("I", "V", "X") and (j == 2 or tokens[j - 2].nl))  # "I. Introduction"
                if (j - 1 > i or j > i and _span_key(tokens, i, j + 1) in memory.aliases) \
                        and tokens[j - 1].key in lx.LEADING_PARTICLES and tokens[j - 1].is_cap and t.is_cap \
                        and t.is_word and not t.is_allcaps and t.key not in _FUNCTION and t.key not in lx.NOT_NAME_WORDS \
                        and t.key not in lx.LEADING_PARTICLES and not self._name_token(t):
                    j += 1  # after a name's particle, even an English word or a head is the surname: "James A. Van
                    break  # Fleet", and "Van Fleet" again
                if self._name_token(t) or (j == i and t.text == "U") or self._hyphenated_surname(tokens, j) \
                        or _known_hyphenated(t, memory) or after_initials and self._surname_after_initials(t) \
                        or after_initials and _LOWER_PARTICLE.match(t.text):  # "Y. el-Mahdi"
                    j += 1
                    continue
                if j > i and (t.key in _PARTICLES or _LOWER_PARTICLE.match(t.text)) and j + 1 < n \
                        and not tokens[j + 1].nl and (self._name_token(tokens[j + 1])
                                                      or _LOWER_PARTICLE.match(tokens[j + 1].text)
                                                      or tokens[j + 1].key in _PARTICLES and j + 2 < n
                                                      and self._name_token(tokens[j + 2])):
                    # "de la Torre", "Henri de La Motte-Fénelon"
                    j += 1
                    continue
                germanic = _germanic_particles_end(tokens, j)
                if j > i and germanic and not tokens[germanic - 1].nl:
                    j = germanic  # "Hans van den Berg", "Jürgen von Stein": the surname may be an English word
                    continue
                if j > i and t.text == "de" and j + 2 < n and tokens[j + 1].text in ("la", "las", "los") \
                        and self._place_like(tokens[j + 2]) and not tokens[j + 2].nl \
                        and all(self._name_token(x) for x in tokens[i:j]):
                    j += 3  # "Miguel de la Madrid": a surname that is a place
                    continue
                if (j - i >= 2 or j - i == 1 and tokens[i].key in lx.ROMANCE_GIVEN_NAMES) and t.text in _PARTICLES \
                        and j + 1 < n and tokens[j + 1].is_cap \
                        and tokens[j + 1].is_word and not tokens[j + 1].nl and tokens[j + 1].start - t.end == 1 \
                        and all(self._name_token(x) or x.key in lx.GIVEN_NAMES for x in tokens[i:j]):
                    # a second surname that is an English word: "Orlando Letelier del Solar", "José Maria dos Reis",
                    # "Hernán del Canto"
                    j += 2
                    continue
                if j > i and _LOWER_PARTICLE.match(t.text) and (tokens[j - 1].is_cap
                                                                 or _LOWER_PARTICLE.match(tokens[j - 1].text)):
                    j += 1  # "Hassan Abd al-Rahman", "Salah al-Din al-Bitar"
                    continue
                if j > i and t.key in ("haji", "hajji", "xaaji") and t.is_cap and self._name_token(tokens[j - 1]) \
                        and t.start - tokens[j - 1].end == 1 and j + 1 < n and self._name_token(tokens[j + 1]) \
                        and tokens[j + 1].start - t.end == 1:
                    j += 1  # inside a Somali name, a part of it: "Mohamed Haji Ibrahim Egal", "Abdirizak Haji Hussein"
                    continue
                if j > i and t.text == "Shah" and self._name_token(tokens[j - 1]):
                    j += 1  # after a given name, a part of the name: "Mohammad Zahir Shah", "Ahmad Shah Massoud"
                    continue
                if i < j <= i + 4 and t.is_cap and t.is_word and tokens[i].is_word and not tokens[i].is_allcaps \
                        and t.start - tokens[j - 1].end == 1 and self._could_be_name(t) and t.key not in lx.EPONYM_HEADS \
                        and self._given_names_between(tokens, i, j) \
                        and not self._lookup((tokens[i].key,)) \
                        and not self._lookup(tuple(x.key for x in tokens[i:j + 1])) \
                        and (tokens[i].key not in memory.aliases  # or it is this very name again
                             or " ".join(x.key for x in tokens[i:j + 1]) in memory.aliases) \
                        and not (j + 1 < n and tokens[j + 1].is_cap and tokens[j + 1].start - t.end == 1):
                    j += 1  # "Ellsworth Bunker", "Walter Bedell Smith", "John V. Smith": an English-word surname
                    continue
                if j > i and t.is_cap and t.is_word and j + 1 < n and tokens[j + 1].start - t.end == 1 \
                        and t.start - tokens[j - 1].end == 1 and self._could_be_name(t) \
                        and self._name_token(tokens[j + 1]) and not tokens[j - 1].text == ".":
                    j += 1  # "Armando Hart Dávalos": an English word between two names
                    continue
                if j == i + 1 and self._small_town_after_given_name(tokens, i, boundaries):
                    j += 1  # "Rigoberto Zelaya Amador", "Thomas Ngwenya": a small place's name in a man's name
                    continue
                if j - i >= 2 and tokens[j - 2].text in _PARTICLES and t.start - tokens[j - 1].end == 1 \
                        and self._plain_word_surname(t) and not t.is_allcaps \
                        and not (j + 1 < n and tokens[j + 1].is_cap and tokens[j + 1].start - t.end == 1):
                    j += 1  # "João Pedro da Costa Reis": a second surname after "da Costa", even an English word
                    continue
                if j > i and t.key in lx.NAME_TAIL_WORDS and t.is_cap:
                    j += 1  # "Ayub Khan"
                    continue
                if j > i and east_asian and extra < 2 and t.is_cap and t.is_word \
                        and len(t.text) <= (12 if "-" in t.text else 7) \
                        and t.key not in lx.NOT_NAME_WORDS \
                        and (t.key not in lx.ORG_HEADS or extra == 0 and self._syllable_follows(tokens, j)) \
                        and t.key.rstrip(".") not in lx.PERSON_CUES and not self.gazetteer.is_demonym(t.text) \
                        and not _title_follows(tokens, j):  # "Pham Van Dong Prime Minister": the title's first word
                    extra += 1
                    j += 1
                    continue
                break
            if j > i:  # "Bényi J.": a name written family name first ends with the initial and its dot
                k = j - 1 if len(tokens[j - 1].text) == 1 or _last_initial(tokens[j - 1]) else j
                # the initial, taken into the run or next to it
                if _initial_ends_name(tokens, k) and (k < j or tokens[k].start not in boundaries) \
                        and not self.gazetteer.lookup_place(" ".join(t.text for t in tokens[i:k + 1])):  # "Tra Ly."
                    j = k + 2
            if not (i > 0 and tokens[i - 1].key in _MONARCHS and j < n and _ROMAN.match(tokens[j].text)):
                j = max(j, _initials_after_surname_end(tokens, i, j))  # "Khrushchev N. S.", "Andropov Yu. V."
            if j > i + 1 and tokens[j - 1].key in _GENERATIONS and j < n and tokens[j].text == "." \
                    and tokens[j].start == tokens[j - 1].end:
                j += 1  # "Walter J. Stoessel Jr.": the abbreviation's dot is the name's
            elif j > i + 1 and j + 2 < n and tokens[j].text == "," and tokens[j + 1].key in _GENERATIONS \
                    and tokens[j + 1].start == tokens[j].end + 1 and tokens[j + 2].text == "." \
                    and tokens[j + 2].start == tokens[j + 1].end:
                j += 3  # "John Paton Davies, Jr.", "Alexander M. Haig, Jr."
            if j > i and j < n and (len(tokens[j].text) >= 2 or i > 0 and tokens[i - 1].key in _MONARCHS) \
                    and _ROMAN.match(tokens[j].text) and tokens[j].start - tokens[j - 1].end == 1 \
                    and (i > 0 and tokens[i - 1].key in _MONARCHS
                         or j - i >= 2 and tokens[j].text in ("II", "III", "IV") and not tokens[j - 1].is_allcaps):
                j += 1  # "Pope John Paul II", "the Mwami Kigeli V"; "Douglas MacArthur II": the number is the name's
            if j == i + 1 and tok.key in _GENERATIONS:
                j = i  # "Jr" alone is no one
            if i > 0 and tokens[i - 1].key in _MONARCHS and j - i >= 3 and tokens[j - 1].text == "." \
                    and _ROMAN.match(tokens[j - 2].text):
                j -= 1  # "the Mwami Kigeli V.": the full stop ends the sentence, V is no initial
            if j > i:
                runs.append((i, j))
                i = j
            else:
                i += 1
        runs = [part for i, j in runs for part in _split_after_hebrew_article(tokens, i, j)]
        runs = [(i + 1, j) if j - i >= 3 and i > 0 and tokens[i - 1].is_cap and tokens[i - 1].is_word
                and tokens[i - 1].end + 1 == tokens[i].start and not tokens[i].nl
                and (self.gazetteer.lookup_place(f"{tokens[i - 1].text} {tokens[i].text}")
                     or any(x.kind != "person" for x in self._lookup((tokens[i - 1].key, tokens[i].key)) or ())
                     and not self.gazetteer.lookup_place(" ".join(t.text for t in tokens[i + 1:j])))
                else (i, j)
                for i, j in runs]  # "in Tel Aviv Moshe Dayan has admitted": the place's last word is no given name;
        # "the newspaper Siam Rath Somchai Rattanakorn": nor the paper's
        runs = [part for i, j in runs  # "in Madrid Francisco Granado": the town, then the man
                for part in ([(i, i + 1), (i + 1, j)] if self._place_before_given_name(tokens, i, j)
                             else [(i, i + 2), (i + 2, j)] if self._place_before_given_name(tokens, i, j, 2)
                             else [(i, j)])]
        runs = _join_across_sheikh(tokens, runs, lambda i, j: bool(self._lookup(tuple(t.key for t in tokens[i:j]))))
        # a surname alone may follow its full name in the same block
        local = set()
        for i, j in runs:
            if _opens_org_name(tokens, j) or j - i == 2 and tokens[j - 1].text == "Air":
                continue  # "Anshan Iron" of "the Anshan Iron and Steel Company", "Tunis Air" name no one
            if j - i >= 2 and tokens[j - 1].key in lx.GEO_HEADS and self._place_like(tokens[i]):
                continue  # "Lviv Oblast" (of "the Lviv Oblast Court") is a place: "Lviv" alone is no surname
            if (j - i >= 4 and any(t.text in _FOREIGN_LINKS for t in tokens[i:j]) or tokens[i].text in _FOREIGN_LINKS) \
                    and self._place_like(tokens[j - 1]):
                continue  # "Partito Comunista del Territorio Libero di Trieste", "... d'uranium de Franceville":
                # "Trieste", "Franceville" alone is no surname
            entries = self._lookup(tuple(t.key for t in tokens[i:j])) if j - i >= 2 else None
            if entries and all(x.kind != "person" for x in entries) \
                    or not entries and j - i >= 2 and self.gazetteer.lookup_place(" ".join(t.text for t in tokens[i:j])):
                continue  # "Cuito Cuanavale", "Quebec City": "the Cuito", "Quebec" alone is the place, no surname
            words = [t.key for t in tokens[i:j] if t.is_word and len(t.text) > 1]
            if len(words) >= 2:
                local.update((words[0], words[-1]))
                if len(words) == 3 and words[0] not in lx.EAST_ASIAN_SURNAMES:
                    local.add(words[1])  # the father's surname: "Raúl Roa García ... Roa"
            elif words and self._initial_at(tokens, i):
                local.add(words[-1])  # "A. M. Babu ... Babu"
        for i, j in runs:
            cand = self._classify_run(tokens, i, j, memory, local, boundaries)
            if cand:
                out.append(cand)
        out += self._english_surnames_again(tokens, out)
        return out

    def _small_town_after_given_name(self, tokens, i, boundaries) -> bool:
        """Whether the word after the given name at ``i`` is a small place's name that is part of the
        man's name: between the given name and a surname ("Rigoberto Zelaya Amador"), or as his
        surname, no English word and nothing capitalised after it ("Thomas Ngwenya")."""
        j, n = i + 1, len(tokens)
        t = tokens[j]
        if not (t.is_cap and t.is_word and t.start - tokens[i].end == 1 and t.end not in boundaries
                and not tokens[i].is_allcaps and self._given_name(tokens[i].text)):
            return False
        hit = self.gazetteer.lookup_place(t.text)
        if hit is None or _big_place(hit):
            return False
        nxt = tokens[j + 1] if j + 1 < n else None
        if nxt is not None and nxt.start - t.end == 1 and not nxt.nl and self._name_token(nxt):
            return not self.gazetteer.lookup_place(f"{t.text} {nxt.text}")  # "Rigoberto Zelaya Amador"
        return not t.is_allcaps and not self._place_like(tokens[i]) \
            and not (nxt is not None and nxt.is_cap and nxt.is_word and nxt.start - t.end == 1) \
            and not lx.is_english(t.text) and not self.gazetteer.lookup_place(f"{tokens[i].text} {t.text}")

    def _given_name(self, word: str) -> bool:
        """Whether a word is a given name the lexicon or the authority files know ("Santiago", "Francisco")."""
        key = word.casefold()
        return key in lx.ROMANCE_GIVEN_NAMES or key in lx.GIVEN_NAMES or key in lx.ENGLISH_GIVEN_NAMES \
            or key in self.given_names

    def _place_before_given_name(self, tokens, i, j, words: int = 1) -> bool:
        """Whether a run opens with a town of ``words`` words after "in", "at" or "from" and goes on
        with a given name, or a capital's name with a name of two words: "in Madrid Francisco Granado
        was executed", "In Lusaka Oliver Tambo condemned", "In Buenos Aires Raúl Alfonsín spoke"."""
        k = i + words  # where the name would start
        if j - k < 2 or i == 0 or tokens[i - 1].key not in ("in", "at", "from") or not tokens[i].is_cap:
            return False
        hit = self.gazetteer.lookup_place(" ".join(t.text for t in tokens[i:k]))
        if not self._given_name(tokens[k].text) \
                and not (hit is not None and _big_place(hit) and all(self._name_token(t) for t in tokens[k:j])):
            return False
        return hit is not None \
            and not self.gazetteer.lookup_place(" ".join(t.text for t in tokens[i:k + 1])) \
            and not self._lookup(tuple(t.key for t in tokens[i:j]))  # not "in San Francisco Gotera"

    @staticmethod
    def _english_surnames_again(tokens, found):
        """A surname that is an English word, alone after its full name in the same block
        ("Henry Cabot Lodge ... Lodge proposed"); not inside a longer capitalised name
        ("Lincoln White ... the White House")."""
        surnames = {tokens[c.end - 1].key for c in found
                    if c.kind == "person" and c.end - c.start >= 2 and lx.is_english(tokens[c.end - 1].text)
                    and tokens[c.end - 1].key not in _FUNCTION}  # not "Ten" of "V. A. Ten" in "Ten delegates"
        surnames |= {tokens[c.start].key for c in found  # family name first: "Moon Ik-hwan ... Moon"
                     if c.kind == "person" and c.end - c.start >= 2 and tokens[c.start].key in lx.EAST_ASIAN_SURNAMES
                     and lx.is_english(tokens[c.start].text)}
        if not surnames:
            return []
        inside = {k for c in found for k in range(c.start, c.end)}
        out = []
        for k, tok in enumerate(tokens):
            if k in inside or tok.key not in surnames or not tok.is_cap or tok.is_allcaps:
                continue
            before = tokens[k - 1] if k > 0 else None
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            if after is not None and after.is_cap and after.is_word and after.start - tok.end == 1:
                continue
            if before is not None and before.is_cap and before.is_word and tok.start - before.end == 1 \
                    and before.key.rstrip(".") not in lx.PERSON_CUES and not before.nl and not tok.nl:
                continue
            out.append(Candidate(k, k + 1, "person", 4, cert="medium"))
        return out

    @staticmethod
    def _plain_word_surname(tok) -> bool:
        """Whether a capitalised word may be a surname where the context says a surname stands
        (after initials, after "Cde."), even an English word ("A. FISHER", "Mr. Young"): not
        a function word, title, month or body's head."""
        k = tok.key
        return tok.is_word and tok.is_cap and len(tok.text) > 2 and (k not in _FUNCTION or k == "ten") \
            and k not in lx.NOT_NAME_WORDS and k not in lx.ROLE_WORDS and k not in lx.ORG_HEADS

    def _surname_after_initials(self, tok) -> bool:
        """After initials, a capitalised word is the surname ("A. FISHER", "J. Brown"), but
        not the head of an event ("V. Congress")."""
        return self._plain_word_surname(tok) and tok.key not in lx.EVENT_HEADS

    def _hyphenated_given_names(self, tokens, i) -> bool:
        """Whether token ``i`` is hyphenated given names before a surname ("Bernd-Lutz Lange"),
        not a title ("Director-General") nor a pair of places ("Pingxiang-Dong Dang")."""
        tok = tokens[i]
        if "-" not in tok.text or i + 1 >= len(tokens):
            return False
        after = tokens[i + 1]
        if after.text in _GERMANIC_PARTICLES and _germanic_particles_end(tokens, i + 1) and not after.nl \
                and after.start - tok.end == 1:  # "Wolf-Dieter von Ahlen": a surname, even a town's name
            return all(self._given_name_part(p) for p in tok.text.split("-"))
        parts = tok.text.split("-")
        return after.start - tok.end == 1 and not after.nl \
            and (all(self._given_name_part(p) for p in parts)
                 or parts[0] in _COMPOUND_GIVEN_NAME_OPENERS and all(p[:1].isupper() and p[1:].islower() for p in parts)) \
            and self._name_token(after) and not self.gazetteer.lookup_place(after.text)

    def _given_name_part(self, part: str) -> bool:
        """Whether one part of a hyphenated word may be a given name: capitalised, not an
        English word or a title ("Director-General"), not a large place ("Pingxiang-Dong Dang")."""
        if not (part[:1].isupper() and part[1:].islower()) or lx.is_english(part) and part.casefold() not in lx.GIVEN_NAMES \
                or part.casefold() in lx.ROLE_WORDS:
            return False  # but "Wolf-Dieter", a given name that is an English word
        hit = self.gazetteer.lookup_place(part)
        return hit is None or hit.feature == "city" and hit.population < 100_000

    def _particles_before_name(self, tokens, i, memory=None) -> int:
        """How many lowercase particles at ``i`` open a surname ("de Gaulle", "von Hase",
        "van der Stoel"): not inside a longer name ("Rio de Janeiro", "Charles de Gaulle",
        whose run starts earlier). With the surname too when it is an English word the
        document has named so ("van Well" after "Günther van Well")."""
        if tokens[i].text not in lx.LEADING_PARTICLES:
            return 0
        prev = tokens[i - 1] if i > 0 else None
        if prev is not None and tokens[i].start - prev.end == 1 and self._name_token(prev):
            return 0
        k = i + 1
        if k < len(tokens) and tokens[k].text in ("der", "den", "la"):
            k += 1
        if k < len(tokens) and tokens[k].start - tokens[k - 1].end == 1 and not tokens[k].nl:
            if prev is not None and prev.is_cap and prev.is_word and k + 1 < len(tokens) and tokens[k + 1].is_cap \
                    and tokens[k + 1].is_word and tokens[k + 1].start - tokens[k].end == 1 and not tokens[k + 1].nl:
                return 0  # a phrase of the language: "[Director de Política Exterior]", not "General de Gaulle"
            hit = self.gazetteer.lookup_place(tokens[k].text)
            if hit is not None and _big_place(hit) and tokens[i].text in ("le", "la", "du") \
                    and _span_key(tokens, i, k + 1) not in self.surnames:
                return 0  # French: "Vive le Québec", "la France", "the Sûreté du Québec": an article and a place
            if self._name_token(tokens[k]):
                return k - i
            if memory is not None and tokens[k].is_cap and _span_key(tokens, i, k + 1) in memory.aliases:
                return k + 1 - i
        return 0

    def _plain_word_name_at(self, tokens, i) -> int:
        """How many tokens from ``i`` are a name made of English words, which the
        not-a-common-word rule would miss: one after a strong cue ("President Ford",
        "Comrade Young"), two for a given name + surname ("John Brown")."""
        tok = tokens[i]
        if tok.text in _BURMESE_NAME_HONORIFICS and i + 1 < len(tokens) and not self._initial_at(tokens, i):
            k = i + 1  # Burmese: "U Nu", "U Ba Swe", "Thakin Than Tun", "Daw Khin Gyi" (an honorific, then short words)
            while k < len(tokens) and k - i <= 3 and tokens[k].is_word and tokens[k].is_cap \
                    and not tokens[k].is_allcaps and len(tokens[k].text) <= 6 and tokens[k].key not in _FUNCTION \
                    and tokens[k].start - tokens[k - 1].end == 1 and not tokens[k].nl \
                    and not (k > i + 1 and tokens[k].text in _BURMESE_NAME_HONORIFICS) \
                    and not self._initial_at(tokens, k):  # "U Thant [U Tan]", "Thakin Ba Tin [H. N. Goshal]": two names
                k += 1
            return k - i if k > i + 1 else 0
        if not (tok.is_word and tok.is_cap) or len(tok.text) < 3 or self._initial_at(tokens, i):
            return 0
        prev = tokens[i - 1] if i > 0 else None
        if prev is not None and prev.text == "." and i > 1 and tokens[i - 2].end == prev.start \
                and len(tokens[i - 2].text) <= 4:
            prev = tokens[i - 2]  # "Cde. Florin", "Mr. Young"; not "the Ambassador. Pouch copy to Seoul"
        if prev is not None and prev.key.rstrip(".") in lx.STRONG_PERSON_CUES and tok.start - prev.end <= 2 \
                and not tok.is_allcaps and "-" not in tok.key and self._plain_word_surname(tok) \
                and not self.gazetteer.is_demonym(tok.text) \
                and not (prev.text == "General" and tok.key in _BODY_AFTER_GENERAL) \
                and not any(x.kind != "person" for x in self._lookup((tok.key,)) or ()):
            return 1  # after a cue, even a word the gazetteer knows as a town ("Cde. Florin")
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if tok.key in lx.GIVEN_NAMES and nxt is not None and nxt.is_word and nxt.is_cap \
                and nxt.start - tok.end == 1:
            if self._initial_at(tokens, i + 1):
                return 1  # "John V. Smith", "Stanley R. Resor": the initials and surname follow as in any name
            if self._could_be_name(tok) and self._could_be_name(nxt) and nxt.key not in lx.EPONYM_HEADS:
                return 2
        return 0

    def _given_names_between(self, tokens, i, j) -> bool:
        """Whether tokens ``i+1 .. j-1`` are at most one more given name or initials, one space
        apart: what may stand between a given name and its surname."""
        middle = tokens[i + 1:j]
        names = [t for t in middle if t.text != "."]
        return len(names) <= 2 and all(self._name_token(t) or (len(t.text) == 1 and t.text.isupper()) for t in names) \
            and all(b.start - a.end <= 1 for a, b in zip(tokens[i:j], middle))

    def _hyphenated_surname(self, tokens, i) -> bool:
        """"Pierre Mendès-France", "Premier Mendès-France": a hyphenated surname after a
        given name or a title, though its parts may be places."""
        tok = tokens[i]
        if i == 0 or "-" not in tok.text or tok.start - tokens[i - 1].end != 1:
            return False
        parts = tok.text.split("-")
        if not all(p[:1].isupper() and p[1:2].islower() and not lx.is_english(p) for p in parts):
            return False  # "Export-Import"
        prev = _before(tokens, i)
        if prev.key.rstrip(".") in lx.PERSON_CUES:
            return True
        return prev is tokens[i - 1] and prev.is_word and not prev.is_allcaps and self._name_token(prev) \
            and not self.gazetteer.lookup_place(prev.text) \
            and not self.gazetteer.lookup_place(f"{prev.text} {parts[0]}")  # "Ulan Bator-Peking"

    @staticmethod
    def _syllable_follows(tokens, j) -> bool:
        """Whether a short capitalised word, not a head, follows ``j``: "Kim Dal Sam", where
        "Dal" is a syllable of the name, not the party of "Akali Dal"."""
        k = j + 1
        return k < len(tokens) and tokens[k].is_cap and tokens[k].is_word and not tokens[k].is_allcaps \
            and len(tokens[k].text) <= 4 and tokens[k].start - tokens[j].end == 1 and not tokens[k].nl \
            and tokens[k].key not in lx.ORG_HEADS and tokens[k].key not in lx.NOT_NAME_WORDS

    def _could_be_name(self, tok) -> bool:
        k = tok.key
        return "-" not in k and not (k in _FUNCTION or k in lx.NOT_NAME_WORDS or k in lx.ROLE_WORDS
                    or k in lx.ORG_HEADS and k not in _SURNAME_HEADS or k in lx.EVENT_HEADS
                    or self.gazetteer.is_demonym(tok.text)
                    or _known_place(self.gazetteer.lookup_place(tok.text), big=True)  # not "Bah", a village
                    or tok.is_allcaps or self._lookup((k,)))

    @staticmethod
    def _person_evidence(tokens, i, j) -> bool:
        """Does the context of an unknown single name say it is a person? A speech or
        action verb after it, a possessive, ", who", or a surname's ending."""
        nxt = tokens[j] if j < len(tokens) else None
        if nxt is not None and (nxt.key in lx.PERSON_VERBS or nxt.text in _POSSESSIVE):
            return True
        if nxt is not None and nxt.text == "," and j + 1 < len(tokens) and tokens[j + 1].key == "who":
            return True
        if nxt is not None and nxt.text in ("—", "–", ":") and (i == 0 or tokens[i - 1].text in (".", "\n")):
            return True  # a speaker in minutes: "Bulganin— ..."
        return bool(_SURNAME_ENDING.search(tokens[i].text))

    def _initial_at(self, tokens, j) -> bool:
        if j + 2 >= len(tokens) + 1 or j + 1 >= len(tokens):
            return False
        t, dot = tokens[j], tokens[j + 1]
        if not ((len(t.text) == 1 and t.text.isupper()) or t.text in _DIGRAPH_INITIALS
                or t.text.isupper() and t.text.capitalize() in _DIGRAPH_INITIALS and not _ROMAN.match(t.text)) \
                or dot.text != "." or dot.start != t.end:
            return False
        if _clock_letters(tokens, j):
            return False  # "AT 7:20 P.M. MOSCOW TIME"
        if (j == 0 or t.nl) and len(t.text) == 1 and j + 2 < len(tokens) and tokens[j + 2].is_allcaps \
                and (self._country(tokens[j + 2]) or len(tokens[j + 2].text) >= 3 and lx.is_english(tokens[j + 2].text)
                     and tokens[j + 2].key not in self.surnames and not _SLAVIC_SURNAME.search(tokens[j + 2].text)):
            return False  # a section's letter: "A. JORDAN", "B. THE PRESS"; not "V. IVANOV", "G. YE. SAMSONOV"
        if j + 3 < len(tokens) and tokens[j + 2].text == "-" and tokens[j + 2].start == dot.end:
            return self._initial_at(tokens, j + 3)  # "K.-A. Fagerholm"
        # an initial is followed by another initial or a name, perhaps after a particle ("A. van Agt",
        # "C. A. van der Klaauw")
        k = j + 2
        if k + 1 < len(tokens) and tokens[k].text in lx.LEADING_PARTICLES and tokens[k + 1].is_cap \
                and tokens[k + 1].is_word or _germanic_particles_end(tokens, k):
            return True
        return k < len(tokens) and (tokens[k].is_cap and tokens[k].is_word
                                    or bool(_LOWER_PARTICLE.match(tokens[k].text)))  # "Y. el-Mahdi"

    def _street_end(self, tokens, i, j) -> int:
        """The end of a street's or a square's name that the run ``tokens[i:j]`` opens, its head right after
        the run or last in it ("O'Connell Street", "Ayala Avenue", "Falls Road"), or 0: not "the Wall Street
        Journal", "the Chinese Road", "HAROLD T. LANE"."""
        run = tokens[i:j]
        if any(t.text == "." for t in run) or self.gazetteer.is_demonym(run[0].text):
            return 0

        def head(t) -> bool:
            return t.key in _STREET_HEADS and t.is_cap and not t.is_allcaps

        nxt = tokens[j] if j < len(tokens) else None
        if nxt is not None and head(nxt) and nxt.start - tokens[j - 1].end == 1 and not nxt.nl \
                and not (j + 1 < len(tokens) and tokens[j + 1].is_cap and tokens[j + 1].is_word
                         and tokens[j + 1].start - nxt.end == 1):
            return j + 1
        return j if len(run) >= 2 and head(run[-1]) else 0

    def _classify_run(self, tokens, i, j, memory, local=frozenset(), boundaries=frozenset()):
        run = tokens[i:j]
        words = [t for t in run if t.is_word and len(t.text) > 1]
        if not words:
            return None
        surface_keys = tuple(t.key for t in run)
        if surface_keys in _LANGUAGE_NAMES:
            return None  # "books in Hebrew", "translation from the Hebrew": a language
        nxt = tokens[j] if j < len(tokens) else None
        street = self._street_end(tokens, i, j)
        if street:
            return Candidate(i, street, "place", 2, cert="medium")
        if len(run) == 2 and run[1].text == "Air" and self.gazetteer.lookup_place(run[0].text):
            return Candidate(i, j, "org", 2, cert="medium")  # an airline: "Tunis Air"
        if len(run) >= 2 and run[0].text in _FOREIGN_ORG_HEADS and not run[-1].is_allcaps:
            cut = self._known_person_in(tokens, i + 2, j)  # "the Partido Nacional Wilson Ferreira Aldunate"
            return Candidate(i, cut or j, "org", 1, cert="low")  # "the Parti du Peuple Mauritanien": no man's name
        if len(run) >= 2 and run[-1].text in _TOWN_PAPER_TITLES and not run[-1].is_allcaps \
                and (run[0].key in _PAPER_TIMES or self.gazetteer.lookup_place(run[0].text)):
            return Candidate(i, j, "org", 2, cert="medium")  # "the Montreal Star", "the Ottawa Journal", "Daily Mail"
        if nxt is not None and nxt.is_cap and nxt.key in lx.EPONYM_HEADS and nxt.start - tokens[j - 1].end == 1:
            return None  # "the Marshall Plan": a thing named after a person
        if nxt is not None and nxt.key in lx.FACILITY_WORDS and nxt.start - tokens[j - 1].end == 1 \
                and not self._known_person(surface_keys, memory):
            return Candidate(i, j, _BLOCK, 2)  # "the Chamcar Mon palace": a building's name, no part of it a place
        prev = _before(tokens, i)
        if all(t.key in _CABLE_WORDS for t in words):
            return None  # "SEE SEPTEL", "BIOGRAPHIC"
        if len(run) >= 3 and len(run[0].text) == 1 and run[0].text.isupper() and run[1].text == "." \
                and (prev is None or prev.text in (":", ";") or run[0].nl) and all(t.is_allcaps for t in words) \
                and not (nxt is not None and nxt.text == ":") \
                and (self.gazetteer.lookup_place(" ".join(t.text for t in run[2:]))
                     or all(t.key in _CABLE_WORDS for t in run[2:])):
            return None  # "REF: A. SANTIAGO 4077; B. STATE 165432", "E. MINDANAO": a list's letter before a place
        dot = len(run) >= 3 and run[1].text == "."
        if len(run) >= 2 + dot and run[0].text == "St" and (dot or run[1].start - run[0].end == 1) \
                and not self._known_person(surface_keys[1 + dot:], memory) \
                and not _SLAVIC_SURNAME.search(run[-1].text) \
                and not (prev is not None and prev.key.rstrip(".") in lx.PERSON_CUES):
            return Candidate(i, j, "place", 2, cert="low", name=" ".join(t.text for t in run).replace(" .", "."))
            # "St. Andrew", "St. George's", "St Augustine": a parish or a town named after its saint
        if i >= 2 and tokens[i - 1].text == ")" and len(tokens[i - 2].text) == 1 and tokens[i - 2].text.islower() \
                and nxt is not None and nxt.text == ":" and not self._known_person(surface_keys, memory):
            return Candidate(i, j, "?", 0)  # "a) Brtnice: the parish priest ...": a list item's heading, most
            # often a place or a works, no one's name
        if prev is not None and prev.text in ("de", "del", "da", "do", "di", "della") and i >= 2 and len(run) >= 2 \
                and tokens[i - 2].is_cap and tokens[i - 2].is_word and not self._name_token(tokens[i - 2]) \
                and not self._known_person(surface_keys, memory):
            return Candidate(i, j, "?", 0)  # "[Director de Política Exterior]": the rest of a phrase of the
            # language after a capitalised word, no one's name
        firm = _firm_suffix_end(tokens, j)
        if firm and not self._known_person(surface_keys, memory):
            return Candidate(i, firm, "org", 3, cert="medium")  # "Charles T. Main, Inc.", "Mitsui & Co."
        if any(_HEBREW_ARTICLE.match(t.text) for t in run) and not any(t.text == "." for t in run):
            # "Ahdut HaAvoda", "Al HaMishmar", "Mishmar HaEmek": a body, a paper or a settlement, no person
            kind = "place" if prev is not None and (prev.key in _PLACE_CUES or prev.key == "from") else "org"
            return Candidate(i, j, kind, 2, cert="low", name=" ".join(t.text for t in run))
        if nxt is not None and nxt.text in _LOWER_GEO_HEADS and nxt.start - tokens[j - 1].end == 1 \
                and not nxt.nl and not self._known_person(surface_keys, memory):
            return Candidate(i, j, "place", 2, cert="medium", name=" ".join(t.text for t in run))  # "the Mu Gia pass"
        if len(words) >= 2 and run[-1].key in _BUILDING_HEADS and not self._known_person(surface_keys[:-1], memory):
            return Candidate(i, j, _BLOCK, 2)  # "Xihua Hall", "the Metropol Hotel": a building, no person
        if i > 1 and tokens[i - 1].key == "of" and tokens[i - 2].key in lx.PLACE_NOUNS_BEFORE_OF \
                and any(t.key in _PARTICLES for t in run) and not self._known_person(surface_keys, memory) \
                and not any(t.text == "." for t in run):
            return Candidate(i, j, "place", 2, cert="low", name=" ".join(t.text for t in run))  # "the cooperative of
            # Boca de Sábalos": a place, though its name has a particle
        if i > 2 and tokens[i - 1].key == "of" and not self._known_person(surface_keys, memory) \
                and (tokens[i - 2].key in _LOCAL_OFFICIALS and tokens[i - 3].key in lx.PLACE_NOUNS
                     or tokens[i - 2].key in _TOWN_OFFICIALS and not tokens[i - 2].is_cap):
            return Candidate(i, j, "place", 2, cert="low", name=" ".join(t.text for t in run))  # "the county chief of Kŏje"
        if i > 1 and tokens[i - 1].key == "of" and (tokens[i - 2].key in lx.PLACE_NOUNS_BEFORE_OF
                                                   or tokens[i - 2].key in _SHORE_WORDS) \
                and 2 <= len(run) <= 3 and not any(t.text == "." or t.key in lx.GIVEN_NAMES for t in run) \
                and not self._known_person(surface_keys, memory) and not self._known_person(surface_keys[:1], memory):
            return Candidate(i, j, "place", 2, cert="low", name=" ".join(t.text for t in run))  # "the coast of
            # Minh Hai", "several districts of Kien Giang": a place, though its words could be a man's
        if len(run) == 1 and (_after_plural_place_noun(tokens, i) or _in_a_list_of_places(tokens, i)) \
                and not self._known_person(surface_keys, memory):
            return Candidate(i, j, "place", 2, cert="low")  # "the districts of Crater, Khormaksar and Tawahi"
        if _on_venue_line(tokens, i) and not self._known_person(surface_keys, memory):
            return Candidate(i, j, "place", 2, cert="low")  # "Location: Xihua Hall, Zhongnanhai"
        cue = prev is not None and (prev.key.rstrip(".") in lx.PERSON_CUES or prev.key in lx.ROLE_WORDS)
        has_initials = any(t.text == "." for t in run)
        if prev is not None and prev.key in lx.ORG_CUES and not has_initials:
            k = j  # a title's later words may be lowercase: "the weekly Po prostu", "Hrvatski tjednik"
            while k < len(tokens) and k - j < 2 and tokens[k].is_word and tokens[k].text.islower() \
                    and not tokens[k].nl and tokens[k].start - tokens[k - 1].end == 1 \
                    and not lx.is_english(tokens[k].text) and tokens[k].key not in _FUNCTION:
                k += 1
            return Candidate(i, k, "org", 2, cert="low", name=" ".join(t.text for t in tokens[i:k]))  # journal Kommunist
        if prev is not None and prev.key == "of" and i > 1 and tokens[i - 2].key in _PRESS_ROLES and not has_initials:
            return Candidate(i, j, "org", 2, cert="low", name=" ".join(t.text for t in run))  # correspondent of X
        if _NEWSPAPER_WORD.fullmatch(run[-1].text) or _GERMAN_BODY_WORD.fullmatch(run[-1].text) \
                or _NORDIC_BODY_WORD.fullmatch(run[-1].text) \
                or len(run) <= 4 and _GERMAN_BODY_WORD.fullmatch(run[0].text):  # "Volkspolizei-Kreisamt Bad Doberan"
            if j + 1 < len(tokens) and tokens[j].text in ("der", "des") and tokens[j + 1].is_cap \
                    and tokens[j + 1].start - tokens[j].end == 1 and not tokens[j + 1].nl:
                j += 2  # "Solidaritätskomitee der DDR"
            return Candidate(i, j, "org", 2, cert="low", name=" ".join(t.text for t in tokens[i:j]))
        if len(run) == 1 and run[0].is_cap and _TRADE_ENTERPRISE.fullmatch(run[0].text):
            return Candidate(i, j, "org", 2, cert="low", name=run[0].text)  # "through Traktoroexport"
        if prev is not None and prev.key == "the" and len(run) == 1 and run[0].key not in memory.aliases \
                and run[0].key not in self.surnames and run[0].key not in local:
            if _ROMAN.match(run[0].text) and run[0].is_allcaps:
                return None  # "at the VI Congress": a number
            before = tokens[i - 2] if i > 1 else None
            adjective = run[0].key.endswith(("ian", "ean", "ic")) and j < len(tokens) and tokens[j].is_word \
                and tokens[j].text.islower()  # "in the Gregorian calendar"
            if before is not None and before.key in _PLACE_CUES | {"to", "from", "along"} and not adjective:
                return Candidate(i, j, "place", 2, cert="low", name=run[0].text)  # "to the Kabylie", "along the Duong"
            if before is not None and before.key == "of" and i > 2 and tokens[i - 3].key in _RIVER_SIDES:
                return Candidate(i, j, "place", 2, cert="low", name=run[0].text)  # "north of the Han"
            return None  # "the X" is not a person
        if prev is not None and prev.key in _PLACE_CUES and len(run) >= 3 and self._place_like(run[0]) \
                and not self.gazetteer.lookup_place(" ".join(t.text for t in run[:2])):
            return Candidate(i, i + 1, "place", 2, cert="medium")  # "in Kashgar Abdurahman Sabiri": a place, a name
        if prev is not None and prev.key in _PLACE_CUES and not cue and not has_initials \
                and surface_keys[0] not in memory.aliases and surface_keys[0] not in self.surnames \
                and not (prev.key == "around" and len(run) == 1 and surface_keys[0] in local
                         and not self._place_like(run[0])) \
                and not (len(run) > 1 and (surface_keys[0] in lx.GIVEN_NAMES or surface_keys[-1] in self.surnames)) \
                and not (prev.key == "around" and len(run) > 1 and not self._place_like(run[0])
                         and (surface_keys[0] in self.given_names or surface_keys[0] in lx.ROMANCE_GIVEN_NAMES
                              or any(t.key in _GROUP_NOUNS for t in _clause_before(tokens, i - 1, 5)))) \
                and not (len(run) == 2 and _SLAVIC_SURNAME.search(run[1].text) and not self._place_like(run[0])) \
                and not (len(run) >= 2 and any(_IBERIAN_SURNAME.match(t.text) for t in run[1:])
                         and not self._place_like(run[0])) \
                and not (len(run) >= 2 and surface_keys[0] in self.given_names  # "around Ahmad al-Khatib"
                         and _ARABIC_ARTICLE_NAME.match(run[1].text)
                         and not self.gazetteer.lookup_place(" ".join(t.text for t in run))) \
                and not (len(run) == 2 and run[0].key in lx.EAST_ASIAN_SURNAMES and lx.is_pinyin_name(run[1].text)
                         and not self.gazetteer.lookup_place(" ".join(t.text for t in run))) \
                and not (run[0].is_allcaps and len(run) == 1):  # but "around Branimir Jelić": a name
            name = " ".join(t.text for t in run)
            return Candidate(i, j, "place", 2, cert="low", name=name)  # "in Darkhan", "at Dong Dang"
        if prev is not None and (prev.key in ("to", "from") or prev.key == "as" and i > 2 and tokens[i - 2].key == "far") \
                and _motion_before(tokens, i - 1) \
                and not cue and not has_initials and 2 <= len(run) <= 3 and len(words) == len(run) \
                and all(len(t.text) <= 6 and not lx.is_english(t.text) for t in run) \
                and surface_keys[0] not in lx.EAST_ASIAN_SURNAMES and surface_keys[0] not in lx.GIVEN_NAMES \
                and not any(k in memory.aliases or k in self.surnames for k in surface_keys):
            return Candidate(i, j, "place", 2, cert="low", name=" ".join(t.text for t in run))  # "to Nong Het"
        if run[0].text in ("Los", "Las") and len(run) >= 2:
            return Candidate(i, j, "?", 0, cert="low", name=" ".join(t.text for t in run))  # "Las Villas": a place
        if len(run) == 1 and j + 2 < len(tokens) and tokens[j].text == "." \
                and (tokens[j + 1].key.rstrip(".") in _NUMBER_SIGNS
                     or len(run[0].text) <= 3 and tokens[j + 1].text[:1].isdigit()):
            return None  # an abbreviation before a number: "Pov. Nº 412", "Zl. 41.207-6/64"
        if len(run) == 3 and run[0].text in ("I", "V", "X") and (i == 0 or run[0].nl) \
                and lx.is_english(run[2].text):
            return None  # a numbered heading: "V. Conclusions and proposals"
        if run[0].key in lx.LEADING_PARTICLES and not self.gazetteer.lookup_place(" ".join(t.text for t in run)):
            # "de Gaulle", "La Rocque": a surname with its particle (not "La Paz" after "Paz Estenssoro")
            if run[-1].key in memory.aliases:
                return Candidate(i, j, "person", 4, ref=memory.aliases[run[-1].key])
            entries = self.surnames.get(" ".join(t.text for t in run).casefold())
            if entries:
                return Candidate(i, j, "person", 4, ref=entries[0].id)
        if len(words) == 1 and len(run) == 1:
            key = run[0].key
            if key in memory.orgs and key not in memory.aliases:
                return Candidate(i, j, "org", 2, cert="medium")  # "Yenching" after "Yenching University"
            if run[0].text in _FOREIGN_ORG_HEADS and prev is not None and prev.key == "the" \
                    and not lx.is_english(run[0].text) and not run[0].is_allcaps:
                return Candidate(i, j, "org", 1, cert="low")  # "the Concertación", "the Falange"
            if key in memory.aliases:
                ref = memory.aliases[key]
                while j < len(tokens) and tokens[j].is_cap and tokens[j].is_word and not tokens[j].nl \
                        and tokens[j].start - tokens[j - 1].end == 1 and tokens[j].start not in boundaries \
                        and memory.aliases.get(tokens[j].key) == ref:
                    j += 1  # "Jagjivan Ram" after "Babu Jagjivan Ram", though "Ram" is an English word
                return Candidate(i, j, "person", 4, ref=ref)
            if key in self.surnames:
                return Candidate(i, j, "person", 4, ref=self.surnames[key][0].id)
            if key in local:
                return Candidate(i, j, "person", 4, cert="medium")
            if j + 1 < len(tokens) and tokens[j].key == "to" and tokens[j + 1].key in ("see", "note", "read") \
                    and (prev is None or prev.nl or prev.text in (":", ".", "[")):
                return Candidate(i, j, "person", 4, cert="low")  # "[Handwritten: Crimmins to see.", "Tyler to see"
            hit = self.gazetteer.lookup_place(run[0].text)
            if hit is not None and _copy_reader(tokens, i) and not _big_place(hit):
                return Candidate(i, j, "person", 1, cert="low")  # "Copy to the Bureau ... and to Matlock"
            if hit is not None and not cue and not _big_place(hit) and hit.authority_id is None \
                    and j < len(tokens) and tokens[j].key in _SPEECH_VERBS and not run[0].is_allcaps \
                    and (prev is None or prev.key not in _PLACE_CUES | {"to", "from", "of"}) \
                    and not (prev is not None and prev.key in ("and", "or") and self._place_ends_at(tokens, i - 1)):
                return Candidate(i, j, "person", 4, cert="low")  # "Holloway informs me", not "Moscow said"
                # nor "the Rulers of Ajman, Umm al-Quwain and Fujairah said little"
            if hit is not None and not cue:
                return None
            if run[0].is_allcaps and not (prev is not None and prev.is_allcaps and not lx.is_english(run[0].text)
                                          and prev.key.rstrip(".") in _CAPS_PERSON_CUES):
                return None  # but "ELECTION OF CARDINAL WOJTYLA", "AMBASSADOR PUZANOV" in a heading
            if cue or _apposition_to_a_title(tokens, i, j):
                return Candidate(i, j, "person", 1, cert="medium")
            if prev is not None and prev.key == "of" and i > 1 and not lx.is_english(run[0].text) \
                    and (tokens[i - 2].key in _LED_BODIES or self._country(tokens[i - 2])):
                # "the Socialist Party of Altamirano", "the Sudan of Nimeiri" (not retyped by a list after it)
                return Candidate(i, j, "person", 1, cert="medium")
            if self._person_evidence(tokens, i, j):
                return Candidate(i, j, "person", 1, cert="low")
            if _copy_reader(tokens, i):
                return Candidate(i, j, "person", 1, cert="low")  # "Copy to Stoessel": a reader of the document
            if prev is not None and prev.key in ("to", "from"):
                return Candidate(i, j, "place", 1, cert="low", name=run[0].text)
            return Candidate(i, j, "?", 0, cert="low", name=run[0].text)  # typed by its list, or dropped
        if self.gazetteer.lookup_place(" ".join(t.text for t in run)) and not cue:
            return None
        if run[-1].key == "house" and not cue:
            return Candidate(i, j, _BLOCK, 2)  # "Teen Murti House", "Lancaster House": a building, no person
        name = " ".join(t.text for t in run).replace(" .", ".")
        cert = "medium"
        return Candidate(i, j, "person", 1, cert=cert, name=_normalise_person(name))

    # ------------------------------------------------------------ resolution

    def _resolve(self, cands, tokens, blocked, boundaries=frozenset()):
        def span(c):
            if c.char_span:
                return c.char_span
            return tokens[c.start].start, tokens[c.end - 1].end

        chosen: list[Candidate] = []
        taken: list[tuple[int, int]] = list(blocked)
        for c in sorted(cands, key=lambda c: (-(span(c)[1] - span(c)[0]), -c.priority, span(c)[0])):
            a, b = span(c)
            if any(a < y and x < b for x, y in taken):
                continue
            chosen.append(c)
            taken.append((a, b))
        chosen.sort(key=lambda c: span(c)[0])
        chosen = [c for c in self._join_complements(chosen, tokens, boundaries) if c.kind != _BARE]
        chosen = [_with_abbreviation_dot(c, tokens) for c in chosen]
        chosen = _merge_neighbours(chosen, lambda prev, c: self._seat(tokens, boundaries, prev, c)
                                   or _slashed_acronyms(tokens, prev, c) or _place_before_body(tokens, boundaries, prev, c))
        self._periodicals(chosen, tokens)
        self._agree_in_lists(chosen, tokens)
        chosen = _merge_neighbours(chosen, lambda prev, c: _given_name_before_nasab(tokens, prev, c), _the_second_kind)
        chosen = _merge_neighbours(chosen, lambda prev, c: self._country_before_body(tokens, prev, c), _the_second_kind)
        chosen = [self._with_demonym_before(tokens, prev, c) for prev, c in zip([None, *chosen], chosen)]
        _surnames_again(chosen, tokens)
        _places_of_origin(chosen, tokens)
        return [(c, span(c)) for c in chosen if c.kind not in ("?", _BLOCK)]

    def _body_a_country_may_open(self, tokens, c) -> bool:
        """Whether org ``c`` is a body's name of two words or more that a country or a demonym before it
        may open: its first word an English one, neither a demonym nor a place, on the line of the word
        before it (not "the Polish Międzyzakładowy Komitet Strajkowy", "the American Suralco", "FRG NSZK")."""
        a = c.start
        return c.kind == "org" and not c.char_span and a >= 2 and c.end - a >= 2 and not tokens[a].nl \
            and tokens[a].start - tokens[a - 1].end == 1 and tokens[a].is_cap and not tokens[a].is_allcaps \
            and lx.is_english(tokens[a].text) and not self.gazetteer.is_demonym(tokens[a].text) \
            and not self._place_like(tokens[a])

    def _country_before_body(self, tokens, prev, c) -> bool:
        """After "the", a country right before a body's name is part of it, as the annotation has it
        ("the Malawi Young Pioneers"); not a possessor ("the DPRK's ...")."""
        return self._body_a_country_may_open(tokens, c) and prev.kind == "place" and prev.end == c.start \
            and prev.start > 0 and tokens[prev.start - 1].key == "the" \
            and getattr(self.gazetteer.lookup_place(" ".join(t.text for t in tokens[prev.start:c.start])),
                        "feature", "") == "country"

    def _with_demonym_before(self, tokens, prev, c) -> Candidate:
        """``c`` with the demonym after "the" right before it, when it is such a body's name: "the
        Gambian House of Representatives"."""
        a = c.start
        if self._body_a_country_may_open(tokens, c) and tokens[a - 1].is_cap and not tokens[a - 1].is_allcaps \
                and tokens[a - 2].key == "the" and self.gazetteer.is_demonym(tokens[a - 1].text) \
                and not (prev is not None and prev.end > a - 1):
            return Candidate(a - 1, c.end, "org", c.priority, cert=c.cert)
        return c

    def _seat(self, tokens, boundaries, prev, c) -> bool:
        """A works or a regional leadership and the town right after it, in the German manner, are one
        org: "SED District Leadership Dresden", "Energy Combine Dresden", "Bezirksleitung Rostock"."""
        return prev.kind == "org" and c.kind == "place" and c.end - c.start <= 2 and prev.end == c.start \
            and tokens[c.start].start - tokens[prev.end - 1].end == 1 and not tokens[c.start].nl \
            and tokens[c.start].start not in boundaries \
            and (tokens[prev.end - 1].key in _SEATED_HEADS or _GERMAN_BODY_WORD.fullmatch(tokens[prev.end - 1].text)) \
            and self._city(tokens[c.start:c.end])

    def _country(self, tok) -> bool:
        hit = self.gazetteer.lookup_place(tok.text) if tok.is_cap else None
        return hit is not None and hit.feature == "country"

    def _city(self, toks) -> bool:
        hit = self.gazetteer.lookup_place(" ".join(t.text for t in toks))
        return hit is not None and hit.feature == "city"

    def _members_follow(self, tokens, i, j) -> bool:
        """Whether the place at tokens ``i:j`` opens a list of places, the members an org's "of" names:
        "the Andean Group of Bolivia, Chile, Colombia, Ecuador and Peru" (not "the Embassy of Bulgaria, Moscow",
        "the Imperial Embassy of Iran, London, received ...")."""
        return j + 3 < len(tokens) and tokens[j].text == "," and self._place_like(tokens[i]) \
            and self._place_like(tokens[j + 1]) and tokens[j + 2].text in (",", "and") \
            and self._place_like(tokens[j + 3])  # (not "Imperial Embassy of Iran, London, received")

    def _join_complements(self, chosen, tokens, boundaries):
        """An org (or a bare head), "of [the]" and an org or a place are one org: an "of"
        complement stays inside ("CC of the Dimitrov Communist Youth Union", "MFA of the MPR",
        "EMBASSY OF THE FEDERATIVE PEOPLE'S REPUBLIC OF YUGOSLAVIA"); not one a translator
        supplied in brackets ("Second Asia Department [of the Ministry ...]")."""
        out: list[Candidate] = []
        for c in chosen:
            prev = out[-1] if out else None
            in_bracket = prev is not None and tokens[prev.start].start in boundaries \
                and tokens[prev.end - 1].end in boundaries  # "... Organizations [ORI] of Cuba": not the acronym's
            lone_acronym = prev is not None and c.kind == "place" and self._city(tokens[c.start:c.end]) \
                and (prev.end - prev.start == 1 and tokens[prev.start].is_allcaps
                     and tokens[prev.start].text not in _BODY_SUFFIXES
                     or prev.ref is not None and prev.kind == "org"
                     or prev.end - prev.start == 1 and bool(_TRADE_ENTERPRISE.fullmatch(tokens[prev.start].text))
                     or prev.end - prev.start >= 2 and any(_PAPER_WORD.fullmatch(t.text) for t in tokens[prev.start:prev.end])
                     or prev.end - prev.start >= 2 and tokens[prev.start].text in _ROMANCE_ARTICLES  # "El Nacional of Caracas"
                     or prev.end - prev.start >= 2 and tokens[prev.end - 1].text in _SLAVIC_PAPER_WORDS) \
                or prev is not None and c.kind == "place" and prev.kind == "org" and prev.ref is not None \
                and prev.end - prev.start == 1 and tokens[prev.start].is_allcaps and not self._country(tokens[c.start]) \
                and not tokens[c.start].is_allcaps and [t.key for t in tokens[prev.end:c.start]] == ["of"] \
                and tokens[c.end - 1].text not in ("SSR", "ASSR")  # "Primorski dnevnik of Trieste"; a known acronym and its
            # region: "DOPS of Guanabara"
            # "the firm INVAP of Bariloche", "Gulf Oil of Pittsburgh", "Liaoning Ribao of Shenyang": a firm or a paper
            # and its seat; not "MFA of the MPR", "Times of India"
            members = c.kind == "place" and self._members_follow(tokens, c.start, c.end)
            if prev is not None and prev.kind in ("org", _BARE) and c.kind in ("org", "place") and not lone_acronym \
                    and not members and not prev.char_span and not c.char_span and not in_bracket \
                    and [t.key for t in tokens[prev.end:c.start]] in (["of"], ["of", "the"]) \
                    and not any(t.nl for t in tokens[prev.end:c.end]) \
                    and not any(t.start in boundaries for t in tokens[prev.end:c.start]):
                out[-1] = Candidate(prev.start, c.end, "org", max(prev.priority, c.priority), cert="medium")
                continue
            if prev is not None and prev.kind == "org" and c.kind == "org" and c.ref is not None \
                    and any(t.key in _ACCREDITED_HEADS for t in tokens[prev.start:prev.end]) \
                    and not prev.char_span and not c.char_span \
                    and [t.key for t in tokens[prev.end:c.start]] in (["to"], ["to", "the"]) \
                    and not any(t.nl for t in tokens[prev.end:c.end]):
                out[-1] = Candidate(prev.start, c.end, "org", max(prev.priority, c.priority), cert="medium")
                continue  # "the Permanent Mission of Ireland to the United Nations", "the US Mission to NATO"
            out.append(c)
        return out

    def _bracketed_variants(self, chosen, tokens, opens, boundaries):
        """A translator's bracket right after a name, holding nothing but another name, gives
        that name the same type and ref ("Erlian [Ereen]", "Durrës [Durazzo]"). After a person,
        a bracket of name syllables is that person in another transliteration, and after an
        org, one word in capitals is its acronym and capitalised words are its name in its own
        language, even where a weak rule found something else (a person) in it ("Ho Chi Minh
        [Kho Shi Min]", "Roh Tae-woo [No Tae U]", "... Security of Angola [DISA]", "Broad Front
        [Frente Amplio]"); the weak finds are dropped from ``chosen``, and any find when the
        acronym spells the org's initials ("People's Revolutionary Army [PRA]", not Albania's)."""
        out = []
        taken = [span for _, span in chosen]
        for c, (_, b) in list(chosen):
            i = c.end
            if i + 1 < len(tokens) and tokens[i].text in ('"', "”") and tokens[i].start == b \
                    and tokens[i + 1].start in opens:
                i, b = i + 1, tokens[i].end  # '"Chronicle of the Catholic Church in Lithuania" [Lietuvos ...]'
            if c.char_span or i >= len(tokens) or tokens[i].start not in opens or tokens[i].start - b > 1:
                continue
            k = i
            while k < len(tokens) and tokens[k].end not in boundaries and k - i < 4:
                k += 1
            if k >= len(tokens) or tokens[k].end not in boundaries:
                continue
            run = tokens[i:k + 1]
            if c.kind == "org":  # "Sudanese Union [Union Soudanaise]": an org's words may be any, and
                # after the first, lowercase words of its language ("[Savezni sekretarijat za inostrane poslove]")
                fits = all(t.is_cap and t.is_word and t.key not in _FUNCTION
                           or 0 < pos < len(run) - 1 and t.text in _FOREIGN_LINKS
                           or pos > 0 and t.is_word and t.text.islower() and not lx.is_english(t.text)
                           for pos, t in enumerate(run))
            else:
                fits = all(self._name_token(t) or self.gazetteer.lookup_place(t.text)
                           or c.kind == "place" and pos < len(run) - 1 and t.is_cap
                           and (t.key in lx.COMPASS_WORDS or t.key in _COLOUR_WORDS)  # "Drini i Bardhë [White Drin]"
                           for pos, t in enumerate(run))
            span = (run[0].start, run[-1].end)
            inside = [x for x in chosen if span[0] <= x[1][0] and x[1][1] <= span[1]]
            slavic = c.kind == "person" and len(run) == 1 and run[0].is_cap and not run[0].is_allcaps \
                and (any(t.text == "." for t in tokens[c.start:c.end]) and bool(_SURNAME_ENDING.search(run[0].text))
                     or c.priority >= 4 and c.end - c.start >= 2 and lx.is_pinyin_name(run[0].text)
                     and not lx.is_english(run[0].text))  # "Truong Chinh [Changzheng]": the name in Pinyin
            # "V. S. Semyonov [Semenov]": the surname in another transliteration, even if a town bears it
            syllables = [t for t in run if t.is_word]
            transliteration = c.kind == "person" and c.priority >= 4 and len(run) > 1 \
                and all(t.is_cap and t.is_word and not lx.is_english(t.text) or len(t.text) <= 3 and t.text != "I"
                        for t in syllables) \
                and (any(self._name_token(t) for t in run)  # "[No Tae U]"
                     or len(syllables) >= 3
                     and all(len(t.text) <= 3 and t.text[1:] == t.text[1:].lower() for t in syllables))
            acronym = (c.kind == "org" and c.end - c.start >= 3
                       or c.kind == "place" and (c.end - c.start >= 3
                                                 or tokens[c.start].is_allcaps and len(tokens[c.start].text) <= 5)) \
                and len(run) == 1 and len(run[0].text) >= 2 \
                and (run[0].is_allcaps or re.fullmatch(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*", run[0].text)
                     and sum(ch.isupper() for ch in run[0].text) >= 3)  # "[DISA]", "[DVZhD]"
            # "... Security of Angola [DISA]", "Democratic Republic of Vietnam [DRW]", "FRG [NSZK]"
            own_language = c.kind == "org" and fits and all(x[0].kind == "person" or x[0].kind == "place" and len(run) >= 3
                                                            for x in inside)  # "[Frente Amplio]", "[... de Cuba]"
            translated = c.kind == "org" and fits and len(run) > 1 and run[-1].key in lx.ORG_HEADS | lx.ORG_CUES \
                and all(x[0].kind in ("person", "place") or x[0].ref is None and x[0].priority <= 3 for x in inside)
            # "Yanbian Ribao [Yanbian Daily]", "Jiefangjun Bao [Liberation Army Daily]"
            # "Upper Dachen [Shang Dachen]": the place in its own language, where a guess saw a man
            place_variant = c.kind == "place" and fits and bool(inside) \
                and (all(x[0].kind == "person" and x[0].ref is None and x[0].priority <= 1 for x in inside)
                     or len(run) > 1 and all(x[0].kind == "place" for x in inside))  # "[White Drin]", not "Drin"
            spelled = acronym and run[0].text == _initials(
                t for t in tokens[c.start:c.end] if t.is_cap and t.is_word and t.key not in _FUNCTION)
            # "Polish Workers' Party [PPR]": the party's acronym in its own language, though the authority
            # files know "PPR" as a country's (the Polish People's Republic)
            own_acronym = acronym and c.kind == "org" and bool(inside) and all(x[0].kind == "place" for x in inside)
            if spelled or translated or slavic or place_variant or own_acronym \
                    or (transliteration or acronym or own_language) \
                    and all(own_language and x[0].kind == "place" or x[0].ref is None and x[0].priority <= 3
                            for x in inside):
                fits = True
                for x in inside:
                    chosen.remove(x)
                    taken.remove(x[1])
            if not fits:
                continue
            if not any(x < span[1] and span[0] < y for x, y in taken):
                out.append((Candidate(i, k + 1, c.kind, 1, cert="medium", ref=c.ref), span))  # one referent
        return out

    def _names_before_their_bracket(self, chosen, tokens, opens, boundaries):
        """Capitalised words no rule tagged, right before a bracket that holds nothing but a body or a
        place of the authority files, name that body or place in translation: "the group Fatherland and
        Liberty [Patria y Libertad]"."""
        out = []
        taken = [span for _, span in chosen]
        for c, (a, b) in chosen:
            if c.kind not in ("org", "place") or c.ref is None or c.priority < 5 or c.start < 2 \
                    or tokens[c.start].start not in opens or b not in boundaries:
                continue
            e = c.start  # the words end right before the bracket
            s = e
            while s > 0 and (tokens[s - 1].is_cap and tokens[s - 1].is_word and not tokens[s - 1].nl
                             or tokens[s - 1].key in ("and", "of", "for") and s < e) \
                    and tokens[s - 1].start not in boundaries and tokens[s - 1].end not in boundaries:
                s -= 1
            while s < e and not (tokens[s].is_cap and tokens[s].key not in _FUNCTION):
                s += 1
            if s == e or any(t.text == "." or t.is_allcaps for t in tokens[s:e]) or not tokens[s].is_cap \
                    or s >= 2 and tokens[s - 1].key == "the" and tokens[s - 2].key in ("for", "of", "on", "to", "and"):
                continue  # not "the Support of Social Mobilisation" of "National System for the Support ... [SINAMOS]"
            span = (tokens[s].start, tokens[e - 1].end)
            if a - span[1] <= 2 and not any(x < span[1] and span[0] < y for x, y in taken) \
                    and any(lx.is_english(t.text) for t in tokens[s:e] if t.key not in _FUNCTION):
                out.append((Candidate(s, e, c.kind, 1, cert="medium", ref=c.ref), span))
        return out

    @staticmethod
    def _orgs_stay_orgs(chosen, tokens, memory) -> None:
        """A name the document has tagged as an org (here or before) is an org again where only
        a guess made it a person or a place ("the journals Nhan Van and Giai Pham ... Nhan Van was
        closed", "to Gosbank ... the State Bank of the USSR [Gosbank]")."""
        def key(c):
            return _span_key(tokens, c.start, c.end)

        memory.orgs.update(key(c) for c, _ in chosen if c.kind == "org" and not c.char_span
                           and not (c.end - c.start == 1 and c.ref is None and _in_a_heading(tokens, c.start)))
        # (not "OBOTE" of "UGANDA: OBOTE TAKES ALL POWERS", an acronym only by its capitals); a short form without its head: "Yenching" after "Yenching University"
        memory.orgs.update(" ".join(t.key for t in tokens[c.start:c.end - 1]) for c, _ in chosen
                           if c.kind == "org" and not c.char_span and c.end - c.start >= 2
                           and tokens[c.end - 1].key in _SHORTENED_HEADS
                           and all(t.is_cap and t.is_word for t in tokens[c.start:c.end - 1]))
        for k, (c, span) in enumerate(chosen):
            if c.kind == "place" and c.end - c.start == 1 and tokens[c.start].is_allcaps and not c.char_span \
                    and key(c) in memory.orgs:
                _make_new_org(c, tokens)  # "PPR" again after "Polish Workers' Party [PPR]"
                continue
            if c.kind not in ("person", "place") or c.ref is not None or c.char_span or c.priority > 2:
                continue
            article = tokens[c.start - 1] if c.start > 0 else None
            if article is not None and article.text in _PAPER_ARTICLES and article.end + 1 == tokens[c.start].start \
                    and f"{article.key} {key(c)}" in memory.orgs:
                c.start -= 1  # "A Classe Operária" said again
                chosen[k] = (c, (article.start, span[1]))
                _make_new_org(c, tokens)
            elif key(c) in memory.orgs:
                _make_new_org(c, tokens)

    @staticmethod
    def _places_stay_places(chosen, tokens, memory) -> None:
        """A name the document has tagged as a place by a rule is a place again where only a guess
        made it a person ("the moshavim of Otzem, Sde David ... Sde David and Nir Hen receive water";
        "In Pocsaj ... Gál Sándor, Pocsaj, 46 yokes"); a single word only if it is no English word."""
        for c, _ in chosen:
            if c.kind == "person" and c.ref is None and not c.char_span and c.priority <= 1:
                key = _span_key(tokens, c.start, c.end)
                if key in memory.places and key not in memory.aliases:
                    c.kind, c.name = "place", " ".join(t.text for t in tokens[c.start:c.end])
        memory.places.update(_span_key(tokens, c.start, c.end) for c, _ in chosen
                             if c.kind == "place" and c.ref is None and not c.char_span
                             and (c.end - c.start >= 2 or c.priority >= 1 and not lx.is_english(tokens[c.start].text))
                             and tokens[c.start].key not in lx.EAST_ASIAN_SURNAMES)

    @staticmethod
    def _periodicals(chosen, tokens) -> None:
        """A name right after "the weekly", "the newspaper" is the periodical's, even a place's
        ("the weekly Bohemia"); after "the journals", so is every name of the list that follows
        ("the journals Nhan Van and Giai Pham"): orgs, new entities unless they are orgs already."""
        listing = False
        for k, c in enumerate(chosen):
            prev = tokens[c.start - 1] if c.start > 0 else None
            cued = prev is not None and not c.char_span and c.start > 1 \
                and (tokens[c.start - 2].key in ("the", "a", "and", ",", "two", "three")
                     or c.start > 2 and tokens[c.start - 2].text.islower() and tokens[c.start - 2].is_word
                     and tokens[c.start - 3].key in ("the", "a"))  # "the republican papers ..."
            plural = cued and prev.text in lx.PERIODICALS_CUES
            joint = [t.key for t in tokens[chosen[k - 1].end:c.start]] if k > 0 else []
            if listing and not c.char_span and joint in ([","], ["and"], [",", "and"]):
                listing = joint == [","]  # the list goes on, up to its "and"
            elif plural:
                listing = True
            else:
                listing = False
                if not (cued and prev.text in lx.PERIODICAL_CUES and c.kind == "place"):
                    continue
            if c.kind not in ("org", "date"):
                _make_new_org(c, tokens)

    def _dateline(self, text, tokens, dates, memory, boundaries):
        """The place of a dateline, a line that is a name, a comma and a date ("Berettyóújfalu,
        24 February 1960"), even one the gazetteer does not know; not a weekday, a month, a
        person the document has named, a body the authority files know, nor words an editor's
        bracket cuts ("Ulaanbaatar [Ulan Bator], 22 November 1972")."""
        out = []
        for m in _DATELINE.finditer(text):
            if (m.start("date"), m.end("date")) not in dates:
                continue
            span = _token_span(tokens, m.start("name"), m.end("name"))
            if span is None:
                continue
            words = tokens[span[0]:span[1]]
            keys = tuple(t.key for t in words)
            if not all(t.is_cap and t.start not in boundaries and t.end not in boundaries for t in words) \
                    or any(k in lx.MONTH_WORDS or k in _FUNCTION or k.rstrip(".") in lx.ROLE_WORDS for k in keys) \
                    or " ".join(keys) in memory.aliases \
                    or any(x.kind != "place" for x in self._lookup(keys) or ()):
                continue
            out.append(Candidate(*span, "place", 2, cert="medium"))
        return out

    @staticmethod
    def _agree_in_lists(chosen, tokens) -> None:
        """In a list ("Patos and Kuçova", "Tanjug, Borba and Rilindja") a name only the
        weakest rule typed takes the type of a neighbour a stronger source typed."""
        def joined(a, b) -> bool:
            between = [t.key for t in tokens[a.end:b.start]]
            return between in ([","], ["and"], ["or"], [",", "and"], [",", "or"])

        def _list_start(k) -> Candidate:
            while k > 0 and joined(chosen[k - 1], chosen[k]):
                k -= 1
            return chosen[k]

        for k in range(1, len(chosen) - 1):
            a, c, b = chosen[k - 1], chosen[k], chosen[k + 1]
            if c.kind == "person" and c.priority <= 1 and c.ref is None and not c.char_span \
                    and a.kind == b.kind == "place" and min(a.priority, b.priority) >= 2 \
                    and not a.char_span and not b.char_span and joined(a, c) and joined(c, b) \
                    and tokens[c.start].key not in lx.GIVEN_NAMES:
                c.kind = "place"  # "in Lam Dong, Song Be and Dong Nai": a guess between two places
        for _ in range(2):
            for k, (a, b) in enumerate(zip(chosen, chosen[1:])):
                if a.char_span or b.char_span or not joined(a, b) or a.kind == b.kind or _BLOCK in (a.kind, b.kind):
                    continue
                weak, strong = (a, b) if a.priority < b.priority else (b, a)
                if weak.kind == "person" and weak.end - weak.start >= 2 \
                        and tokens[weak.start].key in lx.EAST_ASIAN_SURNAMES:
                    continue  # "... in Washington, and Lee Ki-poong was declared": a Korean name stays a person
                before = chosen[k - 1] if k > 0 else None
                if weak is a and before is not None and before.kind == a.kind and joined(before, a):
                    first = _list_start(k)
                    if b.kind == "person" and b.priority <= 1 and b.ref is None and b.end - b.start == 1 \
                            and first.kind == "place" and first.priority >= 2:
                        b.kind = "place"  # "Lower Yafa, Audhali, Dathina and Fadhli": a list of places goes on
                    continue  # the list goes on from the left: "Czyrek, Frelek, Department II"
                if weak.priority <= 1 and weak.cert == "low" and weak.ref is None \
                        and (strong.priority >= 2 or (weak.kind == "?" and strong.kind != "?")):
                    weak.kind = strong.kind
                elif weak.priority <= 1 and weak.ref is None and weak.kind == "person" \
                        and strong.kind == "place" and strong.priority >= 2 and a.start > 0 \
                        and tokens[a.end:b.start][-1].key in ("and", "or") \
                        and tokens[a.start - 1].key in _PLACE_CUES | {"to", "from", "between"} \
                        and not (weak.end < len(tokens) and tokens[weak.end].key == "of") \
                        and tokens[weak.start].key not in lx.GIVEN_NAMES:
                    # "through Pingxiang and Dong Dang": two-word names alike; not "to Niigata, and Inoue
                    # Masutaro of the Japanese society", "from Warsaw and Zofia Grzyb"
                    weak.kind = "place"
                elif weak is b and weak.priority <= 1 and weak.ref is None and weak.kind == "person" \
                        and strong.kind == "place" and _after_places_of(tokens, _list_start(k)):
                    weak.kind = "place"  # "the moshavim of Otzem, Sde David, Nir Hen and Noga"

    def _mentions(self, chosen, tokens, text, memory):
        out = []
        for c, (a, b) in chosen:
            surface = text[a:b]
            title = _TITLE_BEFORE_NAME.match(surface) if c.kind == "person" else None
            if title is None and c.kind == "person" and c.ref is None:
                title = self._monsieur(surface, memory) or self._monsieur_before_given_name(surface)
            if title:  # "M.R. Kukrit Pramoj", "Ras Abebe Aregai": the title stays outside, as "Dr." does
                a, surface = a + title.end(), surface[title.end():]
            after = _TITLE_AFTER_NAME.search(surface) if c.kind == "person" else None
            if after:  # "Glubb Pasha": an Ottoman title after the name, outside it too
                b, surface = b - (len(surface) - after.start()), surface[:after.start()]
            out.append(Mention(start=a, end=b, kind=c.kind, surface=surface, ref=c.ref, cert=c.cert,
                               discovered=c.ref is None, name=c.name or _normalise(surface, c.kind),
                               idnos=tuple(c.idnos)))
        return out

    def _monsieur_before_given_name(self, surface: str):
        """"M." before a given name and a surname, Monsieur and no initial: "M. Michel Jobert"."""
        m = _MONSIEUR_GIVEN.match(surface)
        return m if m is not None and m.group(1).casefold() in _FRENCH_GIVEN_NAMES else None

    @staticmethod
    def _monsieur(surface: str, memory: Memory):
        """The French "M." (Monsieur) before a surname, a title to leave outside: in a document that
        writes "Mme" or "MM." too, or before a surname said before with a given name that is no M's
        ("Henri Konan Bédié" ... "M. Bédié"); not the initial of "M. Suslov" in a Soviet record."""
        m = _MONSIEUR.match(surface)
        if m is None:
            return None
        if memory.french_titles:
            return m
        surname = " ".join(token_keys(surface[m.end():]))
        said = [k.split() for k in memory.aliases if k != surname and f" {surname} " in f" {k} "]
        return m if said and all(not w.startswith("m") for k in said for w in k if w not in surname.split()) else None


#: An Ottoman title after a name: "Glubb Pasha", "Enver Bey".
_TITLE_AFTER_NAME = re.compile(r"(?<=\w) (?:Pasha|Pascha|Pacha|Bey|Effendi)$")
#: "M." before a surname (perhaps with its particle) and nothing else: "M. Bédié", "M. La Brosse", "M. de Gaulle".
_MONSIEUR = re.compile(r"M\. (?=(?:(?:de|du|d'|La|Le|Van|van) ?)?[A-ZÀ-ÖØ-Þ][\w'’-]+$)")
#: French given names, after which "M." is Monsieur ("M. Michel Jobert"), not Muhammad ("M. Ayub Khan").
_FRENCH_GIVEN_NAMES = frozenset("michel jean pierre jacques louis maurice georges henri françois andré claude paul "
                                "charles édouard roland yves alain marcel christian gaston philippe bernard raymond "
                                "roger rené antoine étienne olivier hervé lucien léon félix émile joseph".split())
#: "M." before two capitalised words: "M. Michel Jobert" (Monsieur, where the first is a given name).
_MONSIEUR_GIVEN = re.compile(r"M\. (?=([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+) [A-ZÀ-ÖØ-Þ][\w'’-]+$)")
#: A document's sign that it writes French titles before names: "Mme Roussel", "Mlle Duval", "MM. Faure and Pinay".
FRENCH_TITLES = re.compile(r"\b(?:Mme|Mlle|MM\.)\.? [A-ZÀ-ÖØ-Þ]")


#: The second word of an Albanian name joined by its article: a genitive or an adjective ("Han i Hotit",
#: "Qafë e Prushit", "Drini i Bardhë", "Vau i Dejës").
_ALBANIAN_LINKED = re.compile(r"[A-ZÇËŠŽ][a-zçëšž]+(?:it|ës|ë|së|ve|ut|ët|ka|ja)")


def _albanian_linked_places(tokens):
    """An Albanian place name of two words joined by its article "i" or "e": "Han i Hotit" (the inn of
    Hot), "Qafë e Prushit" (a pass), "Drini i Bardhë" (the White Drin); a place, unless a stronger rule
    (the authority files, a paper's cue) finds a body ("Zëri i Popullit")."""
    out = []
    for k in range(len(tokens) - 2):
        a, link, b = tokens[k:k + 3]
        if link.text in ("i", "e") and a.is_cap and a.is_word and not a.is_allcaps and len(a.text) >= 3 \
                and _ALBANIAN_LINKED.fullmatch(b.text) and not lx.is_english(a.text) and not lx.is_english(b.text) \
                and link.start - a.end == 1 and b.start - link.end == 1 and not link.nl and not b.nl \
                and a.key not in _FUNCTION:
            out.append(Candidate(k, k + 3, "place", 2, cert="low"))
    return out


#: First parts of compound given names, whatever town the second part names: "Jean-Luc Perrault",
#: "Marie-France Garaud", "Hans-Dietrich Genscher", "José-Luis Ábalos".
_COMPOUND_GIVEN_NAME_OPENERS = frozenset("Jean Marie Anne Pierre Hans Karl Klaus Jose José Juan Ana Maria Louis Theo "
                                          "Paul Claude Marc".split())
#: First words of Arabic family names of two words: "Abi Rached, Samir", "Abou Jaoudé", "Ould Daddah".
_ARABIC_SURNAME_OPENERS = frozenset("Abi Abu Abou Bou Ben Bin Ibn Ould".split())
#: Stop-listed acronyms that are also parties' names, after a lowercase "the": "the PS" (a postscript is no
#: "the PS").
_PARTY_STOP_ACRONYMS = frozenset({"PS"})
#: A Scottish or Irish surname with its second capital: "McAuliffe", "MacDonald", "FitzGerald".
_MC_NAME = re.compile(r"(?:Mc|Mac|Fitz)[A-Z][a-z]+")


def _join_across_sheikh(tokens, runs, known):
    """A Somali or Sudanese name with "Sheikh" inside it, after a given name: "Abdirahman Sheikh Nur" is one
    name (the title stands before a name, not after its first word); but not before a name the authority
    files write with its "Sheikh" (``known(i, j)``: "Bangabandhu Sheikh Mujibur Rahman")."""
    out = []
    for i, j in runs:
        if out and out[-1][1] + 1 == i and tokens[i - 1].text in ("Sheikh", "Sheekh") and out[-1][1] - out[-1][0] == 1 \
                and not tokens[i - 1].nl and tokens[i - 1].start - tokens[i - 2].end == 1 \
                and tokens[i].start - tokens[i - 1].end == 1 and not known(i - 1, j):
            out[-1] = (out[-1][0], j)
        else:
            out.append((i, j))
    return out


def _bishops_conference(tokens, h) -> bool:
    """A conference of bishops is a standing body, not a meeting: "the Episcopal Conference of Haiti", "the
    Catholic Bishops' Conference of the Philippines"."""
    if tokens[h].text != "Conference" or h == 0:
        return False
    before = tokens[h - 2] if h >= 2 and tokens[h - 1].text in ("'", "’") else tokens[h - 1]
    return before.text in ("Episcopal", "Bishops")


#: Lowercase nouns of a works after a firm's name: "the IKA-Renault plant", "the Crichton-Vulcan yard".
_WORKS_NOUNS = frozenset("plant plants works factory factories yard yards shipyard mill mills refinery mine combine"
                         .split())


def _hyphenated_firms(tokens, gazetteer):
    """Two capitalised names joined by a hyphen before the noun of a works are a firm, not a pair of
    places: "the IKA-Renault plant at Santa Isabel", "The Crichton-Vulcan yard"; not peoples or places
    ("the Sino-Soviet plant", "the Moscow-Volga works")."""
    out = []
    for k in range(len(tokens) - 1):
        t, nxt = tokens[k], tokens[k + 1]
        parts = t.text.split("-")
        if len(parts) == 2 and all(p[:1].isupper() for p in parts) and nxt.key in _WORKS_NOUNS and nxt.text.islower() \
                and not any(gazetteer.is_demonym(p) or p.endswith("o") for p in parts) \
                and not all(gazetteer.lookup_place(p) for p in parts) \
                and nxt.start - t.end == 1 and not nxt.nl and k > 0 and tokens[k - 1].key == "the":
            out.append(Candidate(k, k + 1, "org", 4, cert="medium"))
    return out


#: Polish heads of bodies, and the adjective that may stand before them: "Naczelny Komitet Wykonawczy",
#: "Centralny Urząd Planowania", "Wojewódzki Komitet".
_POLISH_HEADS = frozenset("Komitet Urząd Zarząd Sekretariat Departament Biuro Związek Stronnictwo Rada Wydział".split())
_POLISH_ADJECTIVE = re.compile(r"[A-ZŁŚŻŹĆ][a-ząćęłńóśźż]+(?:ny|na|owy|owa|ski|ska|cki|cka|dzki|dzka)")


def _region_after_main_department(tokens, k, place_after) -> int:
    """The end of the region that names an East German "Main Department" at token ``k`` - 2, after it
    without "of" ("Main Department Africa", "Main Department South and Southeast Asia"), or 0.
    ``place_after(k)``: the end of a known place at token ``k``, or 0."""
    if k >= len(tokens) or [t.key for t in tokens[k - 2:k]] != ["main", "department"] or tokens[k].nl \
            or not tokens[k].is_cap:
        return 0
    compass = _COMPASS_RUN.match(" ".join(t.text for t in tokens[k:k + 5]))
    return k + len(compass.group(0).split()) if compass else place_after(k)


def _main_departments(cands, tokens, place_after):
    """Each "Main Department" named by its region, and no longer name that runs on from one: "Main
    Department Far East and Main Department South and Southeast Asia" are two."""
    out = []
    for k in range(2, len(tokens)):
        end = _region_after_main_department(tokens, k, place_after)
        if end:
            out.append(Candidate(k - 2, end, "org", 3, cert="medium"))
            cands = [replace(c, end=end) if c.kind == "org" and c.start == k - 2 and c.end > end
                     and tokens[end].key == "and" else c for c in cands]
    return cands + out


#: A region named by its compass points: "South and Southeast Asia", "Far East", "Near and Middle East".
_COMPASS_RUN = re.compile(r"(?:(?:North|South|East|West|Near|Middle|Far|Southeast|Northeast|Southwest|Northwest|Central)"
                          r"(?: and (?:North|South|East|West|Near|Middle|Far|Southeast|Northeast|Southwest|Northwest))?"
                          r" (?:Asia|Africa|America|Europe|East))(?![\w-])")


def _in_a_heading(tokens, i) -> bool:
    """Whether token ``i`` stands on a line of three words or more, all in capitals."""
    words = _line_words(tokens, i)
    return len(words) >= 3 and all(t.is_allcaps for t in words)


def _with_polish_adjective(c, tokens):
    """An org at a Polish head begins at the adjective before it: "Naczelny Komitet Wykonawczy"."""
    if c.kind == "org" and c.start and tokens[c.start].text in _POLISH_HEADS:
        adjective = tokens[c.start - 1]
        if _POLISH_ADJECTIVE.fullmatch(adjective.text) and not adjective.nl \
                and tokens[c.start].start - adjective.end == 1:
            return replace(c, start=c.start - 1)
    return c


def _treasuries(tokens, is_demonym):
    """The Treasury is a body ("Ask Treasury about the credits", "the British Treasury" with its
    adjective), but not in a title ("the Secretary of the Treasury")."""
    out = []
    for k, t in enumerate(tokens):
        if t.text == "Treasury" and [x.key for x in tokens[max(0, k - 3):k]] != ["secretary", "of", "the"]:
            adjective = k and (is_demonym(tokens[k - 1].text) or tokens[k - 1].text in ("US", "U.S.")) \
                and tokens[k - 1].end + 1 == t.start
            out.append(Candidate(k - 1 if adjective else k, k + 1, "org", 2, cert="medium"))
    return out


def _nordic_firms(tokens):
    """A Nordic firm or agency named with the capitalised words before its last word: "Kings Bay Kull
    Compani", "Store Norske Spitsbergen Kulkompani" (over the places inside), "Norsk Telegrambyrå"; a
    ministry or a party in one word: "Udenrigsministeriet", "Högerpartiet"."""
    out = []
    for k, t in enumerate(tokens):
        if t.is_cap and t.is_word and _NORDIC_ONE_WORD_BODY.fullmatch(t.text):
            out.append(Candidate(k, k + 1, "org", 3, cert="medium"))
        elif t.is_cap and t.is_word and _NORDIC_BODY_WORD.fullmatch(t.text):
            s = k
            while s > 0 and k - s < 4 and tokens[s - 1].is_cap and tokens[s - 1].is_word and not tokens[s].nl \
                    and tokens[s].start - tokens[s - 1].end == 1 and tokens[s - 1].key not in _FUNCTION:
                s -= 1
            out.append(Candidate(s, k + 1, "org", 3, cert="medium"))
    return out


def _ampersand_firms(tokens, places):
    """A firm named after its founders with "&": "Burmeister & Wain", "Lawrence & Wishart", "Marks &
    Spencer" (one or two capitalised words each side); not two places ("Trinidad & Tobago")."""
    out = []
    for k, t in enumerate(tokens):
        if t.text != "&" or not 0 < k < len(tokens) - 1 or tokens[k + 1].nl:
            continue
        if not all(x.is_cap and x.is_word and x.key not in _FUNCTION for x in (tokens[k - 1], tokens[k + 1])):
            continue
        s = k - 2 if k >= 2 and tokens[k - 2].is_cap and tokens[k - 2].is_word and not tokens[k - 1].nl \
            and tokens[k - 2].key not in _FUNCTION and tokens[k - 2].end + 1 == tokens[k - 1].start else k - 1
        left, right = " ".join(x.text for x in tokens[s:k]), tokens[k + 1].text
        if places(left) and places(right) or places(f"{left} and {right}"):
            continue
        out.append(Candidate(s, k + 2, "org", 2, cert="medium"))
    return out


def _names_of_paper_words(tokens):
    """A Chinese name whose family name is also the word for a paper: "Bao Zhenhai", "Bao Tong" (not
    "Jiefangjun Bao", after its name)."""
    return [Candidate(k, k + 2, "person", 1, cert="medium") for k, t in enumerate(tokens[:-1])
            if t.text == "Bao" and lx.is_pinyin_name(tokens[k + 1].text) and tokens[k + 1].start - t.end == 1
            and not (k > 0 and tokens[k - 1].is_cap and tokens[k - 1].is_word and not tokens[k - 1].nl
                     and tokens[k - 1].key.rstrip(".") not in lx.PERSON_CUES and tokens[k - 1].key not in lx.ROLE_WORDS)]


def _given_name_before_nasab(tokens, prev, c) -> bool:
    """A one-word place right before an Arabic name that goes on with "Al-" or "bin" is that
    man's given name: "Sabah Al-Salim Al-Sabah" (not the Malaysian state)."""
    return prev.kind == "place" and prev.end - prev.start == 1 and c.kind == "person" and c.start == prev.end \
        and tokens[c.start].start - tokens[prev.start].end == 1 and not tokens[c.start].nl \
        and bool(_ARABIC_ARTICLE_NAME.match(tokens[c.start].text) or tokens[c.start].key in ("bin", "ibn"))


def _surnames_again(chosen, tokens) -> None:
    """A one-word place of the authority files that is the surname of a man named in full before
    it in the same block is that man again, as the memory of earlier blocks has it: "Reynaldo M.
    Santiago ... Santiago said" (not after "in", "to", "from", "at")."""
    for k, c in enumerate(chosen):
        if c.kind != "place" or c.end - c.start != 1 or c.priority < 6 or c.char_span \
                or c.start > 0 and tokens[c.start - 1].key in ("in", "to", "from", "at", "of", "near"):
            continue
        key = tokens[c.start].key
        if any(p.kind == "person" and p.end - p.start >= 2 and not p.char_span and tokens[p.end - 1].key == key
               for p in chosen[:k]):
            c.kind, c.ref, c.priority = "person", None, 4


#: A word of an Arabic name with its article: "Al-Sabah", "al-Khatib", "Al-Salim".
_ARABIC_ARTICLE_NAME = re.compile(r"[Aa]l-[A-Z]")


def _places_of_origin(chosen, tokens) -> None:
    """A one-word guess right after a man's name and "of" is his village or town, not another man:
    "Rexhep Hoxhaj of Golaj said"."""
    for a, c in zip(chosen, chosen[1:]):
        if a.kind == "person" and a.end - a.start >= 2 and c.kind == "person" and c.priority <= 1 \
                and c.ref is None and c.end - c.start == 1 and not c.char_span and not a.char_span \
                and [t.key for t in tokens[a.end:c.start]] == ["of"] \
                and not (c.end < len(tokens) and tokens[c.end].is_cap and tokens[c.end].is_word):
            c.kind, c.name = "place", tokens[c.start].text


def _clause_before(tokens, i, most):
    """Up to ``most`` tokens before token ``i``, back to the last punctuation mark."""
    out = []
    for t in reversed(tokens[max(0, i - most):i]):
        if not t.is_word:
            break
        out.append(t)
    return out


def _title_and_name_at(tokens, i, opens) -> bool:
    """Whether a man's title (one to three words) and his name begin at ``i``: "General Albano
    Harguindeguy", "Prime Minister Nehru", "Bishop Abel Muzorewa", "Father John Momis"; not "General Affairs"
    (an English word after the title, unless a given name before a surname)."""
    n, h = len(tokens), i
    while h < n and h - i < 3 and tokens[h].is_cap \
            and (tokens[h].key in lx.PERSON_CUES or tokens[h].key in ("prime", "bishop", "father")) \
            and not tokens[h].key.endswith("s"):  # not "the Council of Ministers Adil Çarçani"
        h += 1
    return i < h < n and tokens[h].is_cap and tokens[h].is_word and not tokens[h].is_allcaps \
        and (not lx.is_english(tokens[h].text)
             or tokens[h].key in lx.GIVEN_NAMES and h + 1 < n and tokens[h + 1].is_cap and tokens[h + 1].is_word
             and tokens[h + 1].start - tokens[h].end == 1) and tokens[h].key not in lx.ORG_HEADS \
        and tokens[h].start - tokens[h - 1].end == 1 and not tokens[h].nl \
        and tokens[h].start not in opens  # not "the Office of the Prime Minister [Phủ Thủ tướng]"


def _places_named_again(tokens, memory, gazetteer):
    """A place the document has tagged (by a rule, not by a guess) is a place again where no rule says
    anything of the name: "the forests between Bolekhiv, Morshyn and Skole" after "in Bolekhiv raion".
    The weakest of candidates: any other find of the words wins."""
    out = []
    if not memory.places:
        return out
    longest = max(k.count(" ") + 1 for k in memory.places)
    for k, t in enumerate(tokens):
        if not (t.is_cap and t.is_word) or t.is_allcaps or k > 0 and tokens[k - 1].is_cap and tokens[k - 1].is_word \
                and tokens[k - 1].end + 1 == t.start:
            continue  # a name's first word only; not an acronym ("MININT")
        if k > 0 and tokens[k - 1].key == "the" and (k + 1 >= len(tokens) or not tokens[k + 1].is_cap):
            continue  # "the Hoa", "the Smallholders": a people, a party
        for j in range(min(len(tokens), k + longest), k, -1):
            if _span_key(tokens, k, j) in memory.places and not any(x.nl for x in tokens[k + 1:j]):
                if not (j < len(tokens) and tokens[j].is_cap and tokens[j].is_word and tokens[j].start == tokens[j - 1].end + 1) \
                        and (j - k > 1 or not lx.is_english(t.text) and not gazetteer.is_demonym(t.text)):
                    out.append(Candidate(k, j, "place", 1, cert="low"))  # not part of a longer name
                break
    return out


def _span_key(tokens, start, end) -> str:
    """The name keys of ``tokens[start:end]``, joined: what a document's memory keeps of a name."""
    return " ".join(t.key for t in tokens[start:end])


def _in_a_list_of_places(tokens, i) -> bool:
    """Whether token ``i`` goes on a list of capitalised names after a plural place noun and "of"
    ("the poblaciones of La Victoria, La Legua and Lo Hermida")."""
    k = i - 1
    if k < 0 or tokens[k].key not in (",", "and"):
        return False
    while k > 1 and i - k < 16 and (tokens[k].is_cap or tokens[k].key in (",", "and")):
        k -= 1
    return _after_plural_place_noun(tokens, k + 1)


def _after_plural_place_noun(tokens, i) -> bool:
    """Whether a plural place noun and "of" stand right before token ``i`` ("the villages of", "the
    moshavim of", "the poblaciones of")."""
    return i >= 2 and tokens[i - 1].key == "of" and tokens[i - 2].key in lx.PLACE_NOUNS_BEFORE_OF \
        and tokens[i - 2].key.endswith(("s", "im"))


def _after_places_of(tokens, first) -> bool:
    """Whether a list whose first name is ``first`` follows a plural place noun and "of" ("the
    villages of", "the moshavim of") or the people of a place's kind ("the district committees of")."""
    i = first.start
    return _after_plural_place_noun(tokens, i) or i > 2 and tokens[i - 1].key == "of" \
        and tokens[i - 2].key in _LOCAL_OFFICIALS and tokens[i - 3].key in lx.PLACE_NOUNS


#: Verbs after which "US" in capitals is the pronoun ("TOLD US", "LET US").
_VERBS_BEFORE_US = frozenset("told tell tells gave give gives let asked ask asks showed show informed assured assures urged"
                             " warned join joined help helped met meet sent send wrote write called call trust trusted"
                             " see saw seen visit visited inform assure urge warn want wants wanted expect expects"
                             " expected invite invited thank thanked remind reminded leave leaves left against".split())
#: Words after which "US" in capitals is the pronoun ("TOLD US LAST WEEK", "TELL US THAT").
_WORDS_AFTER_US = frozenset("last today yesterday again also now then all both so once here there twice directly"
                            " privately publicly nothing something everything anything rather more less too well first"
                            " later soon together alone because since until unless whether".split())


def _us_the_country(text: str, start: int, end: int) -> bool:
    """Whether "US" in a text in capitals is the United States: before a noun ("US SUPPORT", "OF US
    PERSONNEL", "US ROLE."), not the pronoun after a verb or before a word of grammar ("TOLD US LAST WEEK")."""
    before = re.search(r"([A-Z]+)[^\S\n]+$", text[max(0, start - 20):start])
    after = re.match(r"[^\S\n]*(?:-|([A-Z]{2,})\b)", text[end:end + 30])
    if after is None or before is not None and before.group(1).casefold() in _VERBS_BEFORE_US:
        return False
    word = (after.group(1) or "").casefold()
    return after.group(0).endswith("-") or word not in _FUNCTION and word not in _WORDS_AFTER_US \
        and word not in _AUXILIARIES and not word.endswith("ed")


def _hyphenated_cased(w: str) -> str:
    """A word in capitals capitalised as a name, a hyphenated one at its first part, and after a Persian or
    Arabic linking "i", "e", "ul" or "ud": "Tehrik-i-Istiqlal", "Pul-i-Khumri" ("Ras-al-khaimah" stays so)."""
    parts = w.split("-")
    return "-".join(p.capitalize() if i == 0 or i >= 2 and parts[i - 1].lower() in ("i", "e", "ul", "ud") else p.lower()
                    for i, p in enumerate(parts))


def _acronyms_after_their_names(chosen, tokens) -> None:
    """An acronym in parentheses right after the body whose name it spells (perhaps in another order) is that
    body's, though the gazetteer knows it as a town: "the Ethiopian News Agency (ENA)"."""
    orgs = {c.end: c for c, _ in chosen if c.kind == "org"}
    for c, _ in chosen:
        if c.kind == "org" or c.end - c.start != 1 or c.start < 2 or c.end >= len(tokens) \
                or tokens[c.start - 1].text != "(" or tokens[c.end].text != ")" or not tokens[c.start].is_allcaps:
            continue
        body = orgs.get(c.start - 1)
        if body is None:
            continue
        acronym = tokens[c.start].text
        spelled = _initials(t for t in tokens[body.start:body.end] if t.is_cap and t.is_word and t.key not in _FUNCTION)
        if acronym == spelled or len(acronym) >= 3 and sorted(acronym) == sorted(spelled):
            _make_new_org(c, tokens)  # (its letters in the order of the body's own language: "National Agrarian
            # Institute (INA)")


def _make_new_org(c: Candidate, tokens) -> None:
    """Retype a candidate as an org of its own, named as printed (no place's ref or GeoNames id)."""
    c.kind, c.ref, c.idnos, c.cert = "org", None, (), "medium"
    c.name = " ".join(t.text for t in tokens[c.start:c.end])


def _geo(hit):
    return (("geonames", str(hit.geonameid)),) if hit and hit.geonameid else ()


def _normalise_person(name: str) -> str:
    if name.isupper():
        return " ".join(w.capitalize() if len(w) > 2 or "." not in w else w for w in name.split())
    return name


def _normalise(surface: str, kind: str) -> str:
    surface = " ".join(surface.split())
    if kind == "person":
        return _normalise_person(surface)
    if kind == "place" and re.fullmatch(r"[A-Z](?: [a-zA-Z])+", surface):
        return surface.replace(" ", "").capitalize()
    return surface
