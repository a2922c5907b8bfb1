"""Word lists for the demo data: names by origin, Dortmund streets and postcodes, sectors, German texts.

Pure data, no logic beyond small lookups. Names are written with their correct diacritics; a few entries
are deliberately stored decomposed (NFD) so that the generator's NFC normalisation is exercised, and a few
Yoruba names keep a combining mark even in NFC (there is no precomposed "e with dot below and acute").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from dlzw_desktop.domain.enums import DocumentKind, LegalForm, PropertyUse, ResidenceStatus


def _nfd(text: str) -> str:
    """The decomposed form, as some input sources deliver it (e.g. files written on macOS)."""
    return unicodedata.normalize("NFD", text)


@dataclass(frozen=True, slots=True)
class ScriptName:
    """A name written in a non-Latin script, with the Latin transliteration used for e-mail addresses."""

    given: str
    family: str
    female: bool
    latin_given: str
    latin_family: str


@dataclass(frozen=True, slots=True)
class Origin:
    """A group of founders sharing naming conventions, languages and typical residence statuses."""

    key: str
    weight: int  # share among founders with migration background
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str, ...]
    # Family names with a female form (Polish -ska, Russian -owa, Greek -ou): (male, female) pairs.
    gendered_family: tuple[tuple[str, str], ...]
    languages: tuple[tuple[str, ...], ...]  # options for preferred languages, first = first language
    eu: bool
    script_names: tuple[ScriptName, ...] = ()
    script_share: float = 0.0  # share of names written in the original script


def _names(text: str, *, decomposed: str = "") -> tuple[str, ...]:
    """Names written "Anna, Jörg"; ``decomposed`` ones are stored in NFD, as some sources deliver them."""
    plain = tuple(part.strip() for part in text.split(","))
    return plain + tuple(_nfd(part.strip()) for part in decomposed.split(",") if part.strip())


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    """Male/female forms of family names, written "Kowalski/Kowalska, ..."."""
    return tuple((male.strip(), female.strip()) for male, female in (p.split("/") for p in text.split(",")))


def _languages(text: str) -> tuple[tuple[str, ...], ...]:
    """Options for preferred languages, written "tr de | de tr"; the first code is the first language."""
    return tuple(tuple(option.split()) for option in text.split("|"))


GERMAN = Origin(
    key="de",
    weight=0,
    female=_names(
        "Anna, Julia, Lena, Katrin, Sabine, Sophie, Mareike, Hannah, Bärbel, Jördis, Änne, Claudia, "
        "Nicole, Melanie, Friederike, Jana, Lea-Sophie, Renée",
        decomposed="Käthe",
    ),
    male=_names(
        "Jürgen, Jörg, Björn, Sören, Malte, Lukas, Tobias, Sebastian, Uwe, Günter, Thorsten, Dirk, Frank, "
        "Maximilian, Jan-Hendrik, Hans-Jürgen",
        decomposed="Jörn",
    ),
    family=_names(
        "Müller, Schäfer, Schröder, Köhler, Krüger, Böhm, Weiß, Groß, Fuchs, Schmitz, Wagner, Becker, "
        "Hoffmann, Schulte, Westermann, Brüggemann, Kötter, Große-Wilde, Löwenstein, Hölscher, Görtz, "
        "Jäger, Lübke, Müller-Lüdenscheidt, Sauerländer, von der Heyde",
        decomposed="Jäschke",
    ),
    gendered_family=(),
    languages=_languages("de | de | de | de en | de en | de en fr"),
    eu=True,
)

MIGRANT_ORIGINS: tuple[Origin, ...] = (
    Origin(
        key="tr",
        weight=24,
        female=_names(
            "Ayşe, Çağla, Şule, Gülşen, Elif, Zeynep, Hülya, Özlem, Derya, Büşra, Sibel, İpek, Gökçe, Tuğba",
            decomposed="Gülay",
        ),
        male=_names(
            "Çağlar, Mehmet, Mustafa, Emre, Hakan, Murat, Oğuz, Serkan, Ümit, Barış, İbrahim, Kemal, "
            "Yusuf, Ertuğrul, Volkan",
            decomposed="Çetin",
        ),
        family=_names(
            "Yıldırım, Öztürk, Doğan, Yılmaz, Kaya, Demir, Çelik, Şahin, Aydın, Özdemir, Arslan, Koç, "
            "Kılıç, Güneş, Akgün, Çetin, Korkmaz, Uçar, Şimşek, Karaağaç"
        ),
        gendered_family=(),
        languages=_languages("tr de | de tr | tr | tr de en"),
        eu=False,
    ),
    Origin(
        key="ar",
        weight=16,
        female=_names("Fatima, Aisha, Layla, Nour, Rania, Yasmin, Huda, Samira, Mariam, Amal"),
        male=_names("Mohammed, Ahmad, Khaled, Omar, Youssef, Hassan, Tarek, Bilal, Samir, Karim"),
        family=_names(
            "Al-Hassan, Al-Khatib, Haddad, Nasser, Mansour, Khoury, Saleh, Darwish, Ibrahim, El-Amrani, "
            "Bakri, Abu-Zeid, Al-Shami"
        ),
        gendered_family=(),
        languages=_languages("ar de | ar en | ar | ar fr de | de ar"),
        eu=False,
        script_names=(
            ScriptName("محمد", "الحسن", False, "Mohammed", "Al-Hassan"),
            ScriptName("فاطمة", "حداد", True, "Fatima", "Haddad"),
            ScriptName("أحمد", "منصور", False, "Ahmad", "Mansour"),
            ScriptName("ليلى", "الخطيب", True, "Layla", "Al-Khatib"),
            ScriptName("عمر", "ناصر", False, "Omar", "Nasser"),
            ScriptName("نور", "درويش", True, "Nour", "Darwish"),
        ),
        script_share=0.12,
    ),
    Origin(
        key="pl",
        weight=9,
        female=_names("Małgorzata, Agnieszka, Katarzyna, Joanna, Żaneta, Ewa, Bożena, Justyna, Zofia, Łucja"),
        male=_names(
            "Łukasz, Paweł, Grzegorz, Michał, Krzysztof, Wojciech, Tomasz, Jędrzej, Piotr, Przemysław"
        ),
        family=_names("Wróbel, Nowak, Kowalczyk, Wójcik, Mazur, Krawczyk, Woźniak"),
        gendered_family=_pairs(
            "Wiśniewski/Wiśniewska, Zieliński/Zielińska, Kamiński/Kamińska, Dąbrowski/Dąbrowska, "
            "Jabłoński/Jabłońska, Szymański/Szymańska, Górecki/Górecka"
        ),
        languages=_languages("pl de | de pl | pl en"),
        eu=True,
    ),
    Origin(
        key="ru",
        weight=8,
        female=_names("Maria, Olga, Natalja, Swetlana, Jelena, Tatjana, Irina, Anastasia"),
        male=_names("Sergej, Dmitri, Alexander, Wladimir, Andrej, Jewgeni, Nikolai, Pawel"),
        family=_names("Schmidt, Reimer, Neufeld, Dück, Wiebe, Hildebrandt"),
        gendered_family=_pairs(
            "Iwanow/Iwanowa, Petrow/Petrowa, Smirnow/Smirnowa, Kusnezow/Kusnezowa, Wolkow/Wolkowa"
        ),
        languages=_languages("ru de | de ru | ru"),
        eu=False,
        script_names=(
            ScriptName("Мария", "Иванова", True, "Maria", "Ivanova"),
            ScriptName("Сергей", "Петров", False, "Sergej", "Petrov"),
            ScriptName("Ольга", "Смирнова", True, "Olga", "Smirnova"),
            ScriptName("Дмитрий", "Кузнецов", False, "Dmitrij", "Kuznecov"),
            ScriptName("Анастасия", "Волкова", True, "Anastasija", "Volkova"),
        ),
        script_share=0.2,
    ),
    Origin(
        key="uk",
        weight=6,
        female=_names("Oksana, Olena, Iryna, Kateryna, Yuliia, Halyna"),
        male=_names("Oleksandr, Andrii, Taras, Bohdan, Mykola, Serhii"),
        family=_names("Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchuk, Melnyk, Lysenko"),
        gendered_family=(),
        languages=_languages("uk ru de | uk en | uk de"),
        eu=False,
        script_names=(
            ScriptName("Оксана", "Шевченко", True, "Oksana", "Shevchenko"),
            ScriptName("Тарас", "Коваленко", False, "Taras", "Kovalenko"),
            ScriptName("Олена", "Мельник", True, "Olena", "Melnyk"),
            ScriptName("Богдан", "Ткаченко", False, "Bohdan", "Tkachenko"),
            ScriptName("Юлія", "Бондаренко", True, "Yuliia", "Bondarenko"),
        ),
        script_share=0.25,
    ),
    Origin(
        key="el",
        weight=5,
        female=_names("Eleni, Maria, Katerina, Dimitra, Sofia, Georgia"),
        male=_names("Georgios, Dimitrios, Konstantinos, Nikolaos, Ioannis, Christos"),
        family=_names("Dimitriou, Georgiou, Pappas"),
        gendered_family=_pairs(
            "Papadopoulos/Papadopoulou, Nikolaidis/Nikolaidou, Konstantinidis/Konstantinidou, "
            "Karagiannis/Karagianni"
        ),
        languages=_languages("el de | de el"),
        eu=True,
        script_names=(
            ScriptName("Γιώργος", "Παπαδόπουλος", False, "Giorgos", "Papadopoulos"),
            ScriptName("Ελένη", "Νικολαΐδου", True, "Eleni", "Nikolaidou"),
            ScriptName("Δημήτρης", "Γεωργίου", False, "Dimitris", "Georgiou"),
        ),
        script_share=0.1,
    ),
    Origin(
        key="it",
        weight=5,
        female=_names("Giulia, Francesca, Chiara, Alessia, Lucia, Rosaria"),
        male=_names("Giuseppe, Salvatore, Nicolò, Luca, Antonio, Niccolò"),
        family=_names(
            "Rossi, Esposito, Russo, Romano, D'Angelo, De Luca, Lo Bianco, Colombo, Ferrara, Caruso, Mancuso"
        ),
        gendered_family=(),
        languages=_languages("it de | de it"),
        eu=True,
    ),
    Origin(
        key="ro",
        weight=6,
        female=_names("Ioana, Andreea, Mihaela, Ștefania, Alexandra, Cristina"),
        male=_names("Ștefan, Andrei, Mihai, Bogdan, Ionuț, Răzvan, Constantin"),
        family=_names("Popescu, Ionescu, Dumitrescu, Stănescu, Munteanu, Țurcanu, Răducanu, Bălan, Șerban"),
        gendered_family=(),
        languages=_languages("ro de | ro en | ro"),
        eu=True,
    ),
    Origin(
        key="ku",
        weight=6,
        female=_names("Rojîn, Hêvî, Berfîn, Zîlan, Şîrîn, Nêrgiz"),
        male=_names("Azad, Rêber, Dilşad, Serhat, Şêrko, Baran, Welat"),
        family=_names("Hesen, Ehmed, Xelîl, Reşîd, Şêxo, Bozan, Yıldız"),
        gendered_family=(),
        languages=_languages("ku tr de | ku ar de | ku de"),
        eu=False,
    ),
    Origin(
        key="wa",
        weight=4,
        female=_names("Ama, Akosua, Abena, Efua, Adwoa, Ngozi, Chiamaka, Yaa", decomposed="Ìfẹ́olúwa"),
        male=_names("Kwame, Kofi, Yaw, Kwabena, Kwaku, Chukwuemeka, Emeka, Ebo, Ọláolúwa"),
        family=_names(
            "Mensah, Owusu, Boateng, Asante, Osei, Agyeman, Appiah, Ofori-Atta, Okafor, Eze, Ọ̀ṣúnlàdé",
            decomposed="Adéyẹ̀mí",
        ),
        gendered_family=(),
        languages=_languages("en tw de | en de | en yo | en ig de"),
        eu=False,
    ),
    Origin(
        key="vi",
        weight=3,
        female=_names("Thị Hương, Thu Trang, Ngọc Ánh, Thị Lan, Bích Ngọc", decomposed="Hồng Nhung"),
        male=_names("Văn Minh, Hoàng Nam, Đức Anh, Quốc Bảo, Minh Tuấn, Thanh Tùng"),
        family=_names("Nguyễn, Trần, Lê, Phạm, Hoàng, Vũ, Đặng, Bùi", decomposed="Đỗ"),
        gendered_family=(),
        languages=_languages("vi de | vi | de vi"),
        eu=False,
    ),
    Origin(
        key="bs",
        weight=5,
        female=_names("Jelena, Ivana, Amra, Lejla, Vesna, Mirela, Dragana, Arta"),
        male=_names("Emir, Dragan, Goran, Nikola, Adnan, Arben, Dženan, Luka, Milan"),
        family=_names(
            "Hadžić, Kovačević, Đorđević, Petrović, Jovanović, Begović, Krasniqi, Berisha, Hodžić, Šarić, "
            "Babić"
        ),
        gendered_family=(),
        languages=_languages("bs de | sr de | hr de | sq de"),
        eu=False,
    ),
    Origin(
        key="fa",
        weight=3,
        female=_names("Maryam, Zahra, Shirin, Parisa, Soraya, Fereshteh"),
        male=_names("Reza, Farid, Mehdi, Ali, Hamid, Dariush, Navid"),
        family=_names("Ahmadi, Hosseini, Rahimi, Karimi, Mohammadi, Rezaei, Sadeghi"),
        gendered_family=(),
        languages=_languages("fa de | fa en | fa"),
        eu=False,
    ),
    Origin(
        key="es",
        weight=2,
        female=_names("María José, Lucía, Begoña, Inés"),
        male=_names("José, Ángel, Iñaki, Jesús"),
        family=_names("Muñoz, Núñez, García, Fernández, Peña, Ibáñez"),
        gendered_family=(),
        languages=_languages("es de | es en"),
        eu=True,
    ),
    Origin(
        key="pt",
        weight=2,
        female=_names("Inês, Conceição, Joana, Fátima"),
        male=_names("João, Sebastião, Gonçalo, Tomás"),
        family=_names("Gonçalves, Simões, Conceição, Magalhães, Assunção"),
        gendered_family=(),
        languages=_languages("pt de | pt en"),
        eu=True,
    ),
)

# Residence status options (value, weight) for founders from outside the EU.
NON_EU_RESIDENCE: tuple[tuple[ResidenceStatus, int], ...] = (
    (ResidenceStatus.GERMAN, 35),
    (ResidenceStatus.SETTLEMENT_PERMIT, 25),
    (ResidenceStatus.RESIDENCE_PERMIT_SELF_EMPLOYMENT, 14),
    (ResidenceStatus.RESIDENCE_PERMIT_OTHER, 16),
    (ResidenceStatus.NOT_STATED, 10),
)
EU_RESIDENCE: tuple[tuple[ResidenceStatus, int], ...] = (
    (ResidenceStatus.EU, 72),
    (ResidenceStatus.GERMAN, 22),
    (ResidenceStatus.NOT_STATED, 6),
)

# Streets by statistical district (names as in the reference data); districts missing here use GENERIC.
STREETS: dict[str, tuple[str, ...]] = {
    "City": ("Westenhellweg", "Ostenhellweg", "Kampstraße", "Brückstraße", "Kleppingstraße", "Hansastraße"),
    "Westfalenhalle": ("Hohe Straße", "Lindemannstraße", "Kreuzstraße", "Große Heimstraße", "Möllerstraße"),
    "Dorstfelder Brücke": ("Rheinische Straße", "Lange Straße", "Unionstraße", "Sonnenstraße"),
    "Dorstfeld": ("Wittener Straße", "Dorstfelder Hellweg", "Thusneldastraße"),
    "Hafen": ("Schützenstraße", "Speicherstraße", "Lortzingstraße", "Westerbleichstraße"),
    "Nordmarkt": ("Münsterstraße", "Nordstraße", "Schleswiger Straße", "Mallinckrodtstraße", "Heroldstraße"),
    "Borsigplatz": ("Oesterholzstraße", "Borsigstraße", "Bornstraße", "Stahlwerkstraße"),
    "Kaiserbrunnen": ("Kaiserstraße", "Körner Hellweg", "Hamburger Straße", "Gutenbergstraße"),
    "Westfalendamm": ("Westfalendamm", "Von-der-Tann-Straße", "Max-Eyth-Straße"),
    "Ruhrallee": ("Ruhrallee", "Märkische Straße", "Saarlandstraße"),
    "Brechten": ("Brechtener Straße", "Im Dorfe"),
    "Eving": ("Evinger Straße", "Deutsche Straße", "Evinger Platz"),
    "Holthausen": ("Holthauser Straße",),
    "Lindenhorst": ("Lindenhorster Straße", "Kemminghauser Straße"),
    "Derne": ("Altenderner Straße", "Gneisenauallee"),
    "Kurl-Husen": ("Kurler Straße", "Husener Straße"),
    "Alt-Scharnhorst": ("Flughafenstraße", "Droote"),
    "Scharnhorst-Ost": ("Gleiwitzstraße", "Buschei", "Mackenrothweg"),
    "Asseln": ("Asselner Hellweg",),
    "Brackel": ("Brackeler Hellweg", "Oberdorfstraße", "Flughafenstraße"),
    "Wickede": ("Wickeder Hellweg", "Meylantstraße"),
    "Aplerbeck": ("Köln-Berliner Straße", "Rodenbergstraße", "Aplerbecker Marktplatz"),
    "Berghofen": ("Wittbräucker Straße", "Berghofer Straße"),
    "Hörde": ("Hermannstraße", "Alfred-Trappen-Straße", "Faßstraße", "Hörder Bahnhofstraße", "Seekante"),
    "Wellinghofen": ("Wellinghofer Amtsstraße", "Wellinghofer Straße"),
    "Syburg": ("Hohensyburgstraße",),
    "Barop": ("Stockumer Straße", "Baroper Straße"),
    "Hombruch": ("Harkortstraße", "Deutsch-Luxemburger Straße", "Hombrucher Straße"),
    "Kirchhörde-Löttringhausen": ("Kirchhörder Straße", "Löttringhauser Straße"),
    "Rombergpark-Lücklemberg": ("Am Rombergpark", "Lücklemberger Straße"),
    "Bövinghausen": ("Provinzialstraße",),
    "Lütgendortmund": ("Limbecker Straße", "Lütgendortmunder Hellweg"),
    "Marten": ("Martener Straße", "Steinhammerstraße"),
    "Huckarde": ("Parsevalstraße", "Urbanusstraße", "Huckarder Straße"),
    "Kirchlinde": ("Frohlinder Straße", "Kirchlinder Straße"),
    "Bodelschwingh": ("Bodelschwingher Straße",),
    "Mengede": ("Siegburgstraße", "Mengeder Straße", "Am Amtshaus"),
    "Westerfilde": ("Westerfilder Straße",),
}
GENERIC_STREETS: tuple[str, ...] = (
    "Kirchstraße",
    "Schulstraße",
    "Lindenweg",
    "Bahnhofstraße",
    "Am Markt",
    "Gartenstraße",
    "Eichenweg",
    "Zechenstraße",
    "Hellweg",
    "Am Bruchheck",
)

# Plausible postcodes per borough (all within 44135-44388), with district-level overrides.
BOROUGH_POSTCODES: dict[str, tuple[str, ...]] = {
    "Innenstadt-West": ("44135", "44137", "44139", "44147", "44149"),
    "Innenstadt-Nord": ("44145", "44147"),
    "Innenstadt-Ost": ("44135", "44139", "44141"),
    "Eving": ("44339", "44145"),
    "Scharnhorst": ("44328", "44329"),
    "Brackel": ("44309", "44319"),
    "Aplerbeck": ("44287", "44289"),
    "Hörde": ("44263", "44265", "44267", "44269"),
    "Hombruch": ("44225", "44227", "44229"),
    "Lütgendortmund": ("44388", "44379"),
    "Huckarde": ("44369", "44379"),
    "Mengede": ("44357", "44359"),
}
DISTRICT_POSTCODES: dict[str, tuple[str, ...]] = {
    "City": ("44135", "44137"),
    "Hostedde": ("44329",),
    "Westerfilde": ("44357",),
    "Bövinghausen": ("44388",),
    "Rombergpark-Lücklemberg": ("44225", "44229"),
}
FALLBACK_POSTCODES: tuple[str, ...] = ("44135", "44137", "44139", "44141", "44143", "44145", "44147")

# Where founders live and work: weight multipliers per borough (the inner city and the north dominate).
BOROUGH_WEIGHT_MIGRANT: dict[str, int] = {"Innenstadt-Nord": 8, "Innenstadt-West": 4, "Innenstadt-Ost": 3}
BOROUGH_WEIGHT_OTHER: dict[str, int] = {"Innenstadt-West": 3, "Innenstadt-Ost": 3, "Innenstadt-Nord": 2}


@dataclass(frozen=True, slots=True)
class SectorProfile:
    """A WZ 2008 class typical for microloans, with name patterns, purposes and the space it needs."""

    code: str
    weight: int
    names: tuple[str, ...]  # placeholders: {given} {family} {at_street} {district}
    purposes: tuple[str, ...]
    use: PropertyUse
    home_based: bool = False
    freelance: bool = False


SECTORS: tuple[SectorProfile, ...] = (
    SectorProfile(
        "56.10",
        12,
        (
            "Café {given}",
            "Imbiss {family}",
            "Restaurant {family}",
            "{given}s Grill & Döner",
            "Bistro {at_street}",
        ),
        (
            "Gebrauchte Gastronomieküche und Erstausstattung",
            "Kaffeevollautomat, Theke und Mobiliar",
            "Renovierung des Gastraums und Lüftungsanlage",
        ),
        PropertyUse.GASTRONOMY,
    ),
    SectorProfile(
        "56.21",
        2,
        ("{family} Catering", "Catering {given}"),
        ("Kühlwagen und Warmhaltebehälter", "Großküchengeräte für die Produktion"),
        PropertyUse.GASTRONOMY,
    ),
    SectorProfile(
        "47.11",
        6,
        ("Kiosk {at_street}", "{family} Lebensmittel", "Feinkost {family}", "Mini-Markt {given}"),
        ("Warenerstausstattung und Kühltheke", "Ladeneinrichtung und Kassensystem"),
        PropertyUse.RETAIL,
    ),
    SectorProfile(
        "47.21",
        2,
        ("Obst & Gemüse {family}", "Frischemarkt {given}"),
        ("Kühlzelle und Verkaufsstände", "Lieferwagen für den Großmarkteinkauf"),
        PropertyUse.RETAIL,
    ),
    SectorProfile(
        "47.71",
        5,
        ("Modeboutique {given}", "{family} Mode", "Second Hand {given}"),
        ("Wareneinkauf für die Erstausstattung der Boutique", "Ladeneinrichtung und Umkleidekabinen"),
        PropertyUse.RETAIL,
    ),
    SectorProfile(
        "47.42",
        2,
        ("Handy-Shop {family}", "{given} Mobilfunk"),
        ("Warenlager und Reparaturplatz", "Ladeneinrichtung und Sicherheitstechnik"),
        PropertyUse.RETAIL,
    ),
    SectorProfile(
        "47.76",
        2,
        ("Blumen {given}", "Blumenladen {at_street}"),
        ("Kühlraum für Schnittblumen und Erstausstattung", "Ladeneinrichtung und Lieferfahrrad"),
        PropertyUse.RETAIL,
    ),
    SectorProfile(
        "47.75",
        2,
        ("Naturkosmetik {given}", "{given}s Seifenmanufaktur"),
        ("Warenerstausstattung und Onlineshop", "Ladeneinrichtung"),
        PropertyUse.RETAIL,
    ),
    SectorProfile(
        "47.91",
        4,
        ("{given}s Onlineshop", "{family} Handmade", "Ruhrpott-Design {given}"),
        ("Warenlager, Verpackung und Shopsystem", "Produktfotografie und Online-Marketing"),
        PropertyUse.OFFICE,
        home_based=True,
    ),
    SectorProfile(
        "96.02",
        10,
        ("Salon {given}", "Barbershop {family}", "Kosmetikstudio {given}", "Nagelstudio {given}"),
        (
            "Friseurstühle, Waschbecken und Renovierung",
            "Behandlungsliege und Geräte",
            "Mietkaution und Einrichtung",
        ),
        PropertyUse.SERVICES,
    ),
    SectorProfile(
        "43.34",
        3,
        ("Malerbetrieb {family}", "{family} Maler- und Lackierarbeiten"),
        ("Gebrauchter Transporter und Gerüst", "Werkzeug und Material für die ersten Aufträge"),
        PropertyUse.WORKSHOP,
        home_based=True,
    ),
    SectorProfile(
        "43.22",
        2,
        ("{family} Haustechnik", "Sanitär {family}"),
        ("Werkzeug und Messgeräte", "Gebrauchter Transporter"),
        PropertyUse.WORKSHOP,
        home_based=True,
    ),
    SectorProfile(
        "43.33",
        2,
        ("Fliesen {family}", "{family} Bodenbeläge"),
        ("Fliesenschneider, Werkzeug und Anhänger", "Material für die ersten Aufträge"),
        PropertyUse.WORKSHOP,
        home_based=True,
    ),
    SectorProfile(
        "43.21",
        2,
        ("Elektro {family}", "{family} Elektrotechnik"),
        ("Messgeräte und Werkzeug", "Gebrauchter Transporter"),
        PropertyUse.WORKSHOP,
        home_based=True,
    ),
    SectorProfile(
        "62.01",
        4,
        ("{family} Software", "CodeWerk {given}", "{family} Webentwicklung"),
        ("Laptop, Software-Lizenzen und Büroausstattung", "Überbrückung bis zum ersten Kundenprojekt"),
        PropertyUse.OFFICE,
        home_based=True,
        freelance=True,
    ),
    SectorProfile(
        "62.02",
        3,
        ("{family} IT-Service", "IT-Beratung {given} {family}"),
        ("Laptop, Server und Werkzeug", "Firmenwagen (gebraucht) und Ersatzteillager"),
        PropertyUse.OFFICE,
        home_based=True,
        freelance=True,
    ),
    SectorProfile(
        "10.71",
        3,
        ("Bäckerei {family}", "{given}s Backstube", "Konditorei {family}"),
        ("Backofen, Knetmaschine und Kühlung", "Renovierung der Backstube"),
        PropertyUse.WORKSHOP,
    ),
    SectorProfile(
        "14.13",
        2,
        ("Maßschneiderei {given}", "Atelier {given} {family}"),
        ("Industrienähmaschinen und Zuschnitttisch", "Stoffe und Ladeneinrichtung"),
        PropertyUse.WORKSHOP,
    ),
    SectorProfile(
        "14.19",
        2,
        ("Änderungsschneiderei {given}", "Nähstube {family}"),
        ("Nähmaschinen und Bügelstation", "Ladeneinrichtung"),
        PropertyUse.SERVICES,
    ),
    SectorProfile(
        "81.21",
        5,
        ("{family} Gebäudereinigung", "Glanz & Sauber {given}", "Reinigungsservice {family}"),
        (
            "Reinigungsmaschinen und Transporter",
            "Reinigungsmittel und Arbeitskleidung für neue Mitarbeitende",
        ),
        PropertyUse.OTHER,
        home_based=True,
    ),
    SectorProfile(
        "81.22",
        1,
        ("{family} Fenster- und Fassadenreinigung",),
        ("Teleskop-Reinigungssystem und Anhänger",),
        PropertyUse.OTHER,
        home_based=True,
    ),
    SectorProfile(
        "49.41",
        4,
        ("Kurier & Transporte {family}", "{family} Logistik"),
        ("Gebrauchter Transporter", "Kühlaufbau und Versicherung"),
        PropertyUse.OTHER,
        home_based=True,
    ),
    SectorProfile(
        "49.42",
        1,
        ("Umzüge {family}",),
        ("Umzugs-LKW (gebraucht) und Ausrüstung",),
        PropertyUse.OTHER,
        home_based=True,
    ),
    SectorProfile(
        "88.10",
        3,
        ("Alltagsbegleitung {given} {family}", "Seniorenhilfe {family}"),
        ("Dienstwagen und Qualifizierung", "Büroausstattung und Abrechnungssoftware"),
        PropertyUse.SERVICES,
        home_based=True,
    ),
    SectorProfile(
        "88.91",
        3,
        ("Kindertagespflege {given}", "Tagesmütter {family}"),
        ("Spielmaterial, Möbel und Sicherheitsausstattung", "Umbau der Räume für die Kindertagespflege"),
        PropertyUse.SERVICES,
    ),
    SectorProfile(
        "86.90",
        2,
        ("Praxis für Physiotherapie {family}", "Heilpraxis {given} {family}"),
        ("Behandlungsliegen und Geräte", "Praxiseinrichtung und Software"),
        PropertyUse.SERVICES,
        freelance=True,
    ),
    SectorProfile(
        "90.03",
        2,
        ("{given} {family} Illustration", "Atelier {given}"),
        ("Grafiktablett, Rechner und Software", "Materialien und Ausstellung"),
        PropertyUse.CREATIVE,
        home_based=True,
        freelance=True,
    ),
    SectorProfile(
        "74.10",
        3,
        ("{family} Design", "Studio {given}", "Schmuckatelier {given}"),
        ("Rechner, Software und Plotter", "Werkbank und Materialien"),
        PropertyUse.CREATIVE,
        freelance=True,
    ),
    SectorProfile(
        "74.20",
        2,
        ("Fotostudio {family}", "{given} {family} Fotografie"),
        ("Kamera, Objektive und Studiobeleuchtung", "Studioeinrichtung"),
        PropertyUse.CREATIVE,
        freelance=True,
    ),
    SectorProfile(
        "74.30",
        2,
        ("Übersetzungsbüro {family}", "Dolmetschdienst {given} {family}"),
        ("Büroausstattung und Übersetzungssoftware", "Zertifizierung und Marketing"),
        PropertyUse.OFFICE,
        home_based=True,
        freelance=True,
    ),
    SectorProfile(
        "90.01",
        1,
        ("Theaterkollektiv {district}", "{given} {family} Bühnenkunst"),
        ("Licht- und Tontechnik", "Bühnenausstattung"),
        PropertyUse.CREATIVE,
        freelance=True,
    ),
    SectorProfile(
        "85.52",
        1,
        ("Musikschule {given}", "Tanzschule {family}"),
        ("Instrumente und Schallschutz", "Spiegelwand und Schwingboden"),
        PropertyUse.SERVICES,
        freelance=True,
    ),
    SectorProfile(
        "85.59",
        2,
        ("Nachhilfe {district}", "Lernstudio {given}"),
        ("Büromöbel und Lernmaterial", "Laptops und Software"),
        PropertyUse.OFFICE,
        freelance=True,
    ),
    SectorProfile(
        "45.20",
        3,
        ("Kfz-Meisterbetrieb {family}", "Autoservice {given}"),
        ("Hebebühne und Diagnosegerät", "Werkstatteinrichtung"),
        PropertyUse.WORKSHOP,
    ),
    SectorProfile(
        "95.12",
        2,
        ("Handy-Doktor {family}", "Smartphone-Reparatur {given}"),
        ("Lötstation, Ersatzteile und Ladeneinrichtung",),
        PropertyUse.SERVICES,
    ),
    SectorProfile(
        "96.01",
        1,
        ("Textilreinigung {family}",),
        ("Gebrauchte Reinigungsmaschinen",),
        PropertyUse.SERVICES,
    ),
    SectorProfile(
        "93.13",
        1,
        ("Fitnessstudio {given}", "Functional Training {family}"),
        ("Trainingsgeräte und Umkleiden",),
        PropertyUse.SERVICES,
    ),
)

GENERIC_PURPOSES: tuple[str, ...] = (
    "Betriebsmittel für die Anlaufphase",
    "Mietkaution und Renovierung",
    "Marketing und Website",
    "Überbrückung bis zu den ersten Umsätzen",
    "Warenlager aufstocken",
)

# Property owners are not microloan clients: a separate, older and mostly German group.
OWNER_BUSINESS_NAMES: tuple[str, ...] = (
    "Westfalen Grundbesitz GmbH (Demo)",
    "Hellweg Immobilien GbR (Demo)",
    "Nordstadt Wohnen und Gewerbe eG (Demo)",
    "Emscher Hausverwaltung GmbH (Demo)",
)
OWNER_SECTOR_CODE = "68.20"

LENDERS: tuple[dict[str, str], ...] = (
    {
        "name": "Mikrofinanz Ruhr eG (Demo)",
        "contact_person": "Katharina Düsterhöft",
        "street": "Königswall 21",
        "postcode": "44137",
        "city": "Dortmund",
        "email": "kredit@mikrofinanz-ruhr.example.org",
        "phone": "0231 5578120",
    },
    {
        "name": "GründerKapital Westfalen gGmbH (Demo)",
        "contact_person": "Okan Güler",
        "street": "Rheinlanddamm 199",
        "postcode": "44139",
        "city": "Dortmund",
        "email": "antrag@gruenderkapital-westfalen.example.org",
        "phone": "0231 9912040",
    },
    {
        "name": "Mikrokredit Emscher-Lippe e.V. (Demo)",
        "contact_person": "Svenja Lütkehölter",
        "street": "Bahnhofstraße 12",
        "postcode": "45657",
        "city": "Recklinghausen",
        "email": "info@mikrokredit-emscher-lippe.example.org",
        "phone": "02361 480715",
    },
)
LENDER_WEIGHTS: tuple[int, ...] = (60, 30, 10)

PROGRAMME_NAME = "Mikrokreditfonds Deutschland"
PROGRAMME_DOCUMENTS: tuple[DocumentKind, ...] = (
    DocumentKind.BUSINESS_PLAN,
    DocumentKind.LIQUIDITY_PLAN,
    DocumentKind.HOUSEHOLD_BUDGET,
    DocumentKind.ID_DOCUMENT,
    DocumentKind.CREDIT_SELF_DISCLOSURE,
    DocumentKind.RESIDENCE_PERMIT,
)
DOCUMENT_LABELS: dict[str, str] = {
    DocumentKind.BUSINESS_PLAN: "Businessplan",
    DocumentKind.LIQUIDITY_PLAN: "Liquiditätsplan",
    DocumentKind.PROFITABILITY_PLAN: "Rentabilitätsvorschau",
    DocumentKind.HOUSEHOLD_BUDGET: "Haushaltsrechnung",
    DocumentKind.ID_DOCUMENT: "Ausweis",
    DocumentKind.PERMITS: "Genehmigungen",
    DocumentKind.TRADE_REGISTRATION: "Gewerbeanmeldung",
    DocumentKind.REFERENCES: "Referenzen",
    DocumentKind.CREDIT_SELF_DISCLOSURE: "SCHUFA-Selbstauskunft",
    DocumentKind.RESIDENCE_PERMIT: "Aufenthaltstitel",
    DocumentKind.OTHER: "Sonstiges",
}


@dataclass(frozen=True, slots=True)
class DemoUser:
    """An application user of the demo office."""

    username: str
    display_name: str
    role: str
    languages: tuple[str, ...]


USERS: tuple[DemoUser, ...] = (
    DemoUser("a.yilmaz", "Ayşe Yılmaz", "advisor", ("de", "tr", "en")),
    DemoUser("j.schaefer", "Jörg Schäfer", "advisor", ("de", "en")),
    DemoUser("m.nowak", "Małgorzata Nowak", "advisor", ("de", "pl", "ru")),
    DemoUser("d.papadopoulos", "Dimitrios Papadopoulos", "advisor", ("de", "el", "en")),
    DemoUser("r.haddad", "Rania Haddad", "advisor", ("de", "ar", "fr")),
    DemoUser("b.kroeger", "Björn Kröger", "lead", ("de", "en")),
    DemoUser("r.hoelscher", "Renée Hölscher", "reporting", ("de",)),
)

CONSULTATION_TOPICS: tuple[str, ...] = (
    "Businessplan",
    "Finanzierungsbedarf",
    "Liquiditätsplanung",
    "Haushaltsrechnung",
    "Standortsuche",
    "Gewerbeanmeldung",
    "Förderprogramme",
    "Marketing",
    "Steuern und Buchhaltung",
    "Versicherungen",
    "Preiskalkulation",
    "Personal",
)
MONITORING_TOPICS: tuple[str, ...] = (
    "Geschäftsentwicklung",
    "Rückzahlung",
    "Liquidität",
    "Folgefinanzierung",
    "Personal",
)

STAGE_REASONS: dict[str, tuple[str, ...]] = {
    "enquiry": (
        "Erstkontakt per Telefon",
        "Erstkontakt per E-Mail",
        "Erstkontakt im Büro",
        "Anfrage über Webformular",
    ),
    "consulting": ("Erstberatung geführt", "Beratung begonnen"),
    "documents_complete": ("Alle Unterlagen liegen vor", "Unterlagen vollständig und geprüft"),
    "assessment": ("Prüfung begonnen", "Tragfähigkeitsprüfung"),
    "recommended": ("Empfehlung freigegeben und versandt",),
    "approved": ("Zusage des Kreditgebers", "Kreditvertrag unterschrieben"),
    "declined": ("Absage des Kreditgebers", "Kreditgeber lehnt ab: negative Bonitätsauskunft"),
    "disbursed": ("Auszahlung erfolgt",),
    "monitoring": ("Begleitung nach Auszahlung",),
}
CLOSE_REASONS: dict[str, tuple[str, ...]] = {
    "repaid": ("Kredit vollständig zurückgezahlt", "Vorzeitige Rückzahlung"),
    "written_off": ("Forderung abgeschrieben", "Betrieb eingestellt, Forderung abgeschrieben"),
    "withdrawn": ("Vorhaben aufgegeben", "Kein Kontakt mehr", "Finanzierung anderweitig gesichert"),
    "not_eligible": ("Vorhaben nicht tragfähig", "Finanzierungsbedarf außerhalb des Programms"),
    "declined": ("Nach Absage des Kreditgebers abgeschlossen",),
}
REVERSAL_REASONS: tuple[str, ...] = (
    "Liquiditätsplan muss überarbeitet werden",
    "Aufenthaltstitel läuft ab, neuer Nachweis nötig",
    "Haushaltsrechnung unvollständig",
)
LOAN_CONDITIONS: tuple[str, ...] = (
    "",
    "",
    "",
    "Bürgschaft des Ehepartners",
    "Nachweis der Gewerbeanmeldung vor Auszahlung",
    "Teilnahme am Begleitcoaching",
)
RECOMMENDATION_SUMMARIES: tuple[str, ...] = (
    "Tragfähiges Vorhaben, Gründerin/Gründer mit Branchenerfahrung.",
    "Plausible Planung, Standort geprüft, Haushaltsrechnung ausgeglichen.",
    "Solide Kalkulation, erste Aufträge liegen vor.",
    "Erfahrung in der Branche, realistische Umsatzplanung.",
)
VACANCY_REASONS: tuple[str, ...] = (
    "Vormieter in den Ruhestand gegangen",
    "Filiale geschlossen",
    "Insolvenz des Vormieters",
    "Umzug des Vormieters in größere Räume",
    "Renovierungsstau",
)
RENOVATION_NEEDS: tuple[str, ...] = (
    "Boden und Elektrik erneuern",
    "Sanitärbereich sanieren",
    "Schaufensteranlage erneuern",
    "Heizung und Fenster",
)
MEETING_MINUTES: tuple[str, ...] = (
    "Austausch zu Leerständen in der Straße; Aktionstag im Frühjahr geplant.",
    "Beleuchtung und Sauberkeit besprochen; Termin mit dem Ordnungsamt vereinbaren.",
    "Neue Mitglieder vorgestellt; gemeinsamer Auftritt beim Stadtteilfest.",
    "Bericht der Wirtschaftsförderung zu Fördermöglichkeiten für Gründende.",
)
MEETING_ACTIONS: tuple[str, ...] = (
    "Eigentümer des Leerstands ansprechen",
    "Flyer für den Aktionstag entwerfen",
    "Gesprächstermin mit dem Quartiersmanagement vereinbaren",
    "Liste fehlender Angebote an die Wirtschaftsförderung senden",
)
# Offers residents miss, for demand profiles: bakery, greengrocer, café, hairdresser, pastry shop.
MISSING_OFFER_CODES: tuple[str, ...] = ("10.71", "47.21", "56.10", "96.02", "47.24", "47.76")


def legal_form_weights(*, freelance: bool, partners: bool) -> tuple[tuple[LegalForm, int], ...]:
    """Legal forms typical for microloan businesses; partnerships when there is a co-founder."""
    if partners:
        return ((LegalForm.GBR, 60), (LegalForm.UG, 25), (LegalForm.GMBH, 5), (LegalForm.SOLE_TRADER, 10))
    if freelance:
        return (
            (LegalForm.FREELANCER, 70),
            (LegalForm.SOLE_TRADER, 20),
            (LegalForm.UG, 8),
            (LegalForm.OTHER, 2),
        )
    return (
        (LegalForm.SOLE_TRADER, 74),
        (LegalForm.EK, 12),
        (LegalForm.UG, 10),
        (LegalForm.GMBH, 2),
        (LegalForm.OTHER, 2),
    )
