"""Word lists the name rules use: common English words, role and title cues, org heads.

The English word list is SCOWL's American and British lists (size 50) (see ``data/SCOWL-LICENSE.txt``): a
capitalised word that is *not* a common English word, in the middle of a sentence, is
most likely part of a name.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache

from ..resources import DATA_DIR


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Common lower-case English words (SCOWL's, and a few of the bodies' names it lacks)."""
    with gzip.open(DATA_DIR / "english-words.txt.gz", "rt", encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip()) | _MORE_ENGLISH


#: Words of bodies' and offices' names that SCOWL's lists lack: "Ministry of Water Conservancy".
_MORE_ENGLISH = frozenset("conservancy hydropower melioration".split())


def is_english(word: str) -> bool:
    """True if ``word`` (any case) is a common English word."""
    w = word.lower().replace("’", "'")
    words = english_words()
    if w in words:
        return True
    if "-" in w:
        return all(part in words for part in w.split("-") if part)
    # an adjective the word list lacks, of a science it has: "radiological", "seismological"
    return w.endswith("ological") and w[:-4] + "y" in words


FULL_MONTHS = frozenset("january february march april may june july august september october november december".split())
MONTH_WORDS = FULL_MONTHS | frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday".split())

#: Heads of bodies named after a day, after it ("the 26th of July Movement") and before it ("the Revolutionary
#: Directorate of 13 March"): the dates tagger leaves such days to the names tagger, which tags the body.
DATED_BODY_HEADS_AFTER = frozenset("movement front group organization organisation university kolkhoz sovkhoz "
                                    "factory plant works combine shipyard".split())
DATED_BODY_HEADS_BEFORE = frozenset("movement directorate front group university".split())

#: Words before a name that say it is a person (compared lower-case, without final '.').
PERSON_CUES = frozenset(
    """comrade comrades cde cdes com tov mr mrs ms miss dr doctor prof professor president premier
    chairman chairwoman vice-chairman chairperson ambassador ambassadors minister ministers secretary
    secretary-general counselor counsellor attache attaché envoy marshal general colonel lieutenant lt
    major captain admiral commander king queen prince emperor pope academician senator governor mayor
    chief director head deputy vice consul chargé charge d'affaires first-secretary leader member
    members candidate representative correspondent interpreter translator advisor adviser official
    delegate mister sir madame mme mlle herr frau pan pani gospodin tovarishch premier-minister
    chancellor vice-chancellor shri sri sardar pandit sheikh emir sultan shah madam lord baron janab begum
    encik inche enche bapak kabaka katikkiro omukama mwami penghulu temenggong dato datuk
    commissar diplomat journalist writer poet professor general-secretary generalissimo plenipotentiary
    brigadier sergeant field-marshal rear-admiral vice-admiral lieutenant-general major-general
    colonel-general shrimati smt cardinal archbishop patriarch rabbi imam ayatollah
    ing dipl judr mudr phdr rndr mgr lic licenciado licenciada ingeniero ingeniera doctora arq samdech comandante
    commandante compañero compañera gen genosse genossin
    maj capt col sgt brig adm amb polcouns econcouns polmilcouns emboff conoff poloff econoff dcm datt consgen rso pao
    legationsrat botschaftsrat regierungsdirektor regierungsdirektorin ministerialrat ministerialdirektor direktor
    direktorin tsehafi taezaz abuna acharya ato fitawrari lij dejazmach dejazmatch kegnazmach grazmach blatta woizero
    spokesman spokeswoman
    thakin maulana mawlana kazi qazi qadi alhaji alhadji mullah mulla sayyid speaker khun raden foreman herdsman
    technologist excellency
    subedar havildar jemadar risaldar mirwaiz khwaja maharaja maharani nawab oberbürgermeister bürgermeister
    senatsrat staatssekretär botschafter haji hajji hadji ustad ustadh eng
    lt-gen maj-gen brig-gen lt-col lt-cdr lt-general lieutenant-colonel brigadier-general
    ministre ambassadeur secrétaire directeur sysselmann hojatoleslam hojjatoleslam hojatolislam
    señor señora ministro jefe president-elect osagyefo nana ratu mons msgr monsignor taoiseach tánaiste tanaiste
    jesuit chogyal gyalmo løgmaður mzee tunku tengku""".split()
)

#: Capitalised role words that may stand between a cue and a name ("Vice Foreign Minister").
ROLE_WORDS = PERSON_CUES | frozenset(
    """foreign affairs trade finance defense defence internal interior domestic state culture
    education health agriculture industry communications transport railways justice economic
    planning national security people's public first second third political military prime
    executive acting permanent extraordinary plenipotentiary special temporary officer commanding""".split()
)

#: Head nouns of organisation names.
ORG_HEADS = frozenset(
    """ministry embassy legation consulate department committee commission council party government
    cabinet presidium politburo secretariat agency bureau office front league association federation
    army navy command assembly pact movement cross crescent bank university institute academy organization
    establishment directorate-general sub-directorate secretariat-general commissariat-general nunciature nunziatura
    commando internunciature
    organisation directorate administration service mission court procuracy soviet union
    corporation company trust cooperative factory plant combine station newspaper radio society
    alliance brigade corps division section sector group headquarters staff volunteers tribunal
    parliament senate congress fund foundation school college council works polytechnic chamber
    presidency forces force archive archives enterprise kombinat shipyard militia chancellery
    complex mine mines farm hospital museum theatre theater studio zeitung authority junta herald tribune
    gazette rundschau bao ribao sinmun shimbun guard club collegium standard observer telegraph review times
    post express monitor chronicle mirror forum commissariat lines airlines airways confederation
    board center centre church unit youth news community detachment ilbo ensemble guards resistance
    organizations organisations faction troupe orchestra circus choir police gendarmerie railway railways
    press smelter refinery foundry dockyard khural hural osztály minisztérium bizottság hivatal subcommittee
    tanács tanácsa szövetség szövetsége
    partisi bakanlığı ajansı bankası meclisi gazetesi birliği derneği cemiyeti sendikası konfederasyonu
    federasyonu kurumu müdürlüğü başkanlığı yolları kuvvetleri ordusu üniversitesi cephesi hareketi teşkilatı
    komitesi konseyi
    legion peramuna pakshaya crusade gazete ocakları
    subcommission dept branch rifles fusiliers highlanders leadership steelworks ironworks curia episcopate voice regiment battalion commune
    sabha mahasabha sangh samiti parishad sangsad patrika kendra dal morcha bahini fleet flotilla representation
    hírlap közlöny újság napló limited ltd diocese archdiocese eparchy depot
    parish inspectorate brothers circle magistrat cannery laboratory minbo sawmill constabulary
    kolkhoz sovkhoz obkom raikom gorkom kraikom okruzhkom mts executive jirga shura faculty sûreté panchayat
    seminary superintendency leagues jury jurado bloc element falange television""".split()
)

#: Head nouns that name an event, not a body ("Party Congress" is not an org).
EVENT_HEADS = frozenset("congress plenum conference session meeting talks summit".split())

#: Capitalised words that never start or continue a person's name.
NOT_NAME_WORDS = frozenset(
    """i i'm i'd the a an this that these those he she it we they you his her its our their my your
    mr mrs ms dr nº no copy copies top secret strictly confidential urgent personal sic translator's estado länder
    translators translator note stamp incoming outgoing attachment appendix annex page point
    protocol item re subject to from on in at for of by with and or but if then when as so yes
    dear comrade comrades cde cdes com god lord jesus christ marxism leninism marxism-leninism
    juche chollima socialism communism capitalism imperialism revisionism dogmatism
    kuomintang-led pancha shila panch sheel vch handwritten typewritten illegible attachment
    enclosure encl reg ref tel memo re ibid cf viz approx ciphergram ciphergrams cipher telegram
    olympic olympics tgb nr dari pashto pushtu amharic tigrinya urdu hindi farsi swahili hausa tagalog
    bahasa sinhala islamic islamist muslim moslem buddhist hindu jewish shiite shia sunni maronite druze
    zionist sikh christian catholic orthodox protestant muslims moslems christians catholics protestants jews hindus
    buddhists sikhs druzes shiites sunnis maronites zionists alawites alawite
    palais palace palazzo schloss hotel cathedral mosque basilica secstate secdef governorate stenogram
    transcript para paras rec'd transcriber transcriber's transcribers please kindly vive viva esq""".split()
) | (MONTH_WORDS - {"jan"})  # "Jan" is a given name; "Jan." as a month is the date grammar's

#: Lowercase particles that may open a surname written without the given name ("de Gaulle",
#: "von Hase", "van der Stoel").
LEADING_PARTICLES = frozenset("von van de da di du del della dos ter la le af arap".split())

#: Family names that put a Korean (or Chinese) name first ("Kim Il Sung", "Pak Seong-cheol").
EAST_ASIAN_SURNAMES = frozenset(
    """kim pak park paik ri rim ryang ryom rhee lee yi li choe choi chae jeong jung chong jon jang chang jin nam han ho hong
    huh hur ha trinh dinh truong luong lam bao fan
    gong sim yon kang ko go o oh yun yoon song sin shin hwang hyeon hyon heo hu mun moon ryu yu yoo jo cho chu
    im lim paek baek seo so an ahn kwon gwon kwak ma mao zhou chou zhu chu deng teng peng liu chen
    wang zhang huang zhao wu yang xu sun dong guo lin luo gao kang tan cao qian xi hua ye tian
    bo nie ulanfu ji ke zheng liang xie feng zeng xiao yuan cai jiang cheng wei qiu jia xia zou xiong
    bai meng qin yan hou lei duan hao kong shao shi wan gu lai qiao geng jong hyun ding tang su du lu
    fu fang ren shen yao pan ling nguyen tran pham hoang huynh phan vu vo dang bui ngo duong ly yo yeo yuk kye
    chung cha mu yen wen yom yeom tak pyon pyun chon maeng myong""".split()
)

#: Cues after which even a common English word is a name ("President Ford", "Comrade Young").
STRONG_PERSON_CUES = frozenset(
    """comrade cde com mr mrs ms miss dr president premier chairman ambassador senator marshal general
    colonel admiral professor prof secretary minister shri shrimati smt pandit gen genosse cardinal""".split()
)

#: Words after a person's name that make a thing named after the person: "the Marshall Plan".
EPONYM_HEADS = frozenset("plan doctrine prize award act fund line islands island street square avenue".split())

#: Buildings and works a name may stand before ("the Chamcar Mon palace", "the Supung dam"): a
#: name there is the building's, not a person's (unless the person is known: "the Kim Il Sung square").
FACILITY_WORDS = frozenset(
    """palace hotel theatre theater stadium hall dam bridge airport airfield station square street avenue
    boulevard park cathedral mosque temple pagoda monastery plant factory mine building residence villa
    guesthouse prison barracks hospital""".split()
)

#: Given names that are also English words: with a capitalised word after them, a person.
GIVEN_NAMES = frozenset(
    """john bill mark frank grant jack rob pat will don ray rose grace joy hope victor max bob dean earl
    harry art pier tony ted rex ante gene jean carol mike nick dick chuck hank bud sue peg jerry sterling chester
    harold angel jan ivan marshall tom guy glen dale lance ken dieter sandy roman alpha ram maria martin dirk finn
    noel roger stanley douglas eugene orlando milton lincoln warren percy nelson vernon hamilton clifford
    peter paul albert walter werner kurt otto hans karl heinz fritz franz zofia anna pierre jacques michel
    henri pedro miguel manuel samuel daniel david wolf per bent paddy christian""".split()
)

#: Head nouns of geographical names: "Bistrica River", "North Hamgyong Province".
GEO_HEADS = frozenset(
    """river province region district county lake sea mountains mountain island islands peninsula
    strait bay valley plateau oblast krai canal gulf desert range coast prefecture autonomous
    delta basin provinces regions districts rivers quarter suburb neighbourhood neighborhood hill hills
    heights pass cape reservoir territory state gol nuur uul gate strip pukto namdo protectorate sheikhdom reef reefs atoll shoal
    colony straße strasse sub-district subdistrict abad platz allee chaussee damm ufer base archipelago""".split()
)

#: Words before a place's name: "the station Erlian", "the island of Sazan".
PLACE_NOUNS = frozenset(
    """station port island city town village province region district crossing harbour harbor airport
    airfield camp base peninsula valley county oblast prefecture municipality
    stations ports islands cities towns villages provinces regions districts airfields camps bases valleys
    counties oblasts prefectures municipalities parish parishes commune communes canton cantons voivodeship
    somon aimag raion rayon okrug uezd volost powiat gmina kibbutz kibbutzim moshav moshavim township townships
    barrio barrios población poblaciones estancia estancias favela favelas aldea aldeas municipio
    gminas powiats raions rayons okrugs voivodeships aimags somons nomos nomoi uezds volosts""".split()
)

#: Words before "of" and a place's name (but not before the name alone): "the heights of Unpasan", "the
#: cement works of Chonnae" (not "the iron works Cha Yong-dok": a man).
PLACE_NOUNS_BEFORE_OF = PLACE_NOUNS | frozenset(
    "heights mountains slopes foothills outskirts environs suburbs vicinity mines works sums hills streams plantations "
    "exclave enclave pastures pasture forests meadows "
    "cooperative cooperatives post posts quarter quarters douar douars wilaya wilayas".split())

#: Words that make a new place of the name after them: "West Irian", "Lower Austria".
COMPASS_WORDS = frozenset(
    """north south east west northern southern eastern western central upper lower inner outer""".split()
)

#: Words before a name that say it is an organisation ("the newspaper Politika").
ORG_CUES = frozenset(
    """newspaper newspapers journal journals magazine magazines daily dailies weekly weeklies agency agencies firm
    firms company companies enterprise enterprises organ paper papers combine combines""".split())

#: Lowercase words before a periodical's name: after them even a place's name is the paper's
#: ("the weekly Bohemia", "the newspaper Korea").
PERIODICAL_CUES = frozenset("newspaper journal magazine daily weekly monthly paper organ".split())
#: The same in the plural, before a list of names ("the journals Nhan Van and Giai Pham").
PERIODICALS_CUES = frozenset("newspapers journals magazines dailies weeklies monthlies papers periodicals".split())

#: Common English given names that are no English words (those that are, are in GIVEN_NAMES): what
#: may open a man's or a woman's name before a word that is also a town's ("Thomas Ngwenya").
ENGLISH_GIVEN_NAMES = frozenset("""
    thomas frederick francis donald stephen christopher neil keith colin dennis gordon howard leonard lawrence
    stanley trevor wilfred alfred geoffrey humphrey reginald cecil clement desmond derek dudley edmund ernest
    gerald godfrey horace lionel malcolm nigel oliver rupert timothy walter william winston
    elizabeth mary susan helen ruth jane catherine dorothy joan barbara evelyn nancy edith margaret janet""".split())

#: Japanese given names, which follow the family name in Japanese order ("Eda Saburo", "Ishiguro Jun",
#: "Kishi Nobusuke"); some are English words or months' abbreviations, so they are named here.
JAPANESE_GIVEN_NAMES = frozenset("""
    Akira Aiichiro Eisaku Etsusaburo Fusae Goro Hajime Hayato Hideki Hideo Hiroshi Hisashi Ichiro Inejiro Isamu Isao
    Jiro Jun Junichiro Junya Kakuei Kanji Katsuo Kazuo Keigo Kenji Kenzo Kiichi Kichisaburo Kingo Koichi Kozo Kunio
    Makoto Mamoru Masaichi Masao Masayoshi Michio Minoru Mitsuo Nobusuke Noboru Osamu Ryutaro Saburo Sanzo Satoshi
    Seiichi Shigeru Shinzo Shiro Shoichi Sosuke Sunao Susumu Tadashi Takeo Takeshi Taro Tatsuo Tetsu Tetsuya Tokuma
    Tomiichi Tomekichi Toshio Tsutomu Yasuhiro Yoshio Yoshitaka Yukio Zenko Kaheita Tatsunosuke Bamboku Hitoshi
    Tsuneo Kenichi Shintaro Yoichi Yasuhiko Akiko Fumiko Haruko Kazuko Michiko Sachiko Yoko""".split())

#: Common Spanish, Portuguese and Italian given names: before "del", "de", "da" or "dos" and a surname that is
#: also an English word, a man's name ("Hernán del Canto"), where "Frente del Pueblo" is none.
ROMANCE_GIVEN_NAMES = frozenset("""
    juan josé jose luis carlos jorge fernando francisco antonio manuel pedro miguel rafael alberto ricardo eduardo
    enrique raúl raul sergio alfonso andrés andres gonzalo rodrigo diego felipe julio óscar oscar ramón ramon
    salvador tomás tomas víctor victor hernán hernan héctor hector ernesto alejandro arturo guillermo ignacio
    joaquín joaquin mario pablo roberto fidel camilo orlando clodomiro aníbal anibal rubén ruben armando gustavo
    joão joao paulo mário marcelo giovanni giuseppe giorgio luigi paolo pietro enrico francesco
    maría maria ana carmen isabel rosa teresa dolores elena beatriz hortensia gladys laura marta
    gilberto agustín agustin alfredo adolfo álvaro alvaro benjamín benjamin césar cesar emilio esteban federico
    gabriel gerardo humberto rigoberto jaime javier joaquim leonel lorenzo marco marcos mariano nicolás nicolas octavio osvaldo
    rolando santiago vicente virgilio adrián adrian augusto bernardo edgardo efraín efrain horacio hugo ulises
    violeta inés ines juana lucía lucia luisa margarita mercedes mónica monica norma olga patricia pilar raquel
    silvia sofía sofia susana yolanda""".split())

#: Words that end a person's name in some traditions ("Ayub Khan").
NAME_TAIL_WORDS = frozenset("khan bey pasha effendi begum haji hajji".split())

#: Verbs that follow a person's name ("Nagy said", "Mikoyan replied").
PERSON_VERBS = frozenset(
    """said says stated states replied replies answered answers noted notes added adds asked asks told
    tells declared declares remarked remarks emphasized emphasised stressed stresses pointed explained
    explains agreed agrees thanked thanks proposed proposes suggested suggests expressed expresses
    informed informs spoke speaks welcomed received receives visited visits met meets promised promises
    reported reports announced announces believes believed thinks thought considers considered
    insisted insists objected objects confirmed confirms mentioned mentions recalled recalls
    complained warned assured underlined indicated wrote writes signed requested requests invited
    invites criticized criticised acknowledged admitted argued urged demanded conveyed handed went
    came arrived left returned himself herself personally""".split()
)

#: One syllable of Hanyu Pinyin without tones ("zi", "li", "han", "nian", "zhuang").
_PINYIN_SYLLABLE = (r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo"
                    r"|a|e|i|o|u|ü|v))")
_PINYIN_NAME = re.compile(f"(?:{_PINYIN_SYLLABLE}){{1,3}}")


def is_pinyin_name(word: str) -> bool:
    """Whether a capitalised word can be a Chinese given name in Pinyin ("Zili", "Hannian",
    "Fusheng"): one to three syllables, nothing else. "Kowalski" cannot."""
    return word[:1].isupper() and word[1:].islower() and bool(_PINYIN_NAME.fullmatch(word.lower()))

