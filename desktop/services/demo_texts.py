"""The words of the demo caseload (demo_data.py): names by origin, streets, what conversations, agreements,
signals and absences say. The people do not exist; the texts are plain Dutch as a coach would write them."""

from __future__ import annotations

from dataclasses import dataclass

REEXAMINATION_REASONS = (
    "Inkomen uit werk wisselt sterk de laatste maanden; samen kijken of de uitkering nog past.",
    "Vertelde in het gesprek over een nieuwe woonsituatie; nagaan wat dat betekent.",
    "De vorige beoordeling is van lang geleden en de situatie is veranderd.",
)

APPROACH_NOTES = ("Drie afspraken gemist in de laatste twee maanden, niet afgemeld.",
                  "Niet op de sollicitatietraining gekomen en niet bereikbaar.",
                  "Meldt zich vaak ziek op de dagen van de werkervaringsplek.")
REFERRAL_REASONS = (
    ("vraagwijzer", "Vragen over toeslagen en brieven van de Belastingdienst."),
    ("vraagwijzer", "Hulp bij het ordenen van de post en een betalingsregeling."),
    ("wijkteam", "Zorgen over de opvoeding; het gezin wil hulp van het wijkteam."),
    ("wijkteam", "Eenzaamheid en weinig netwerk; kennismaken met het wijkteam."),
)
REFERRAL_NOTES = ("Afspraak gemaakt en geweest.", "Nog geen contact gehad; opnieuw samen gebeld.",
                  "Vaste contactpersoon bij het wijkteam.")

# --- names -------------------------------------------------------------------------------------
# (weight, male first names, female first names, last names) — a last name is (prefix, name) or,
# for languages with gendered surnames, (male form, female form) marked by a tuple in a list.


@dataclass(frozen=True)
class Origin:
    weight: int
    male: tuple[str, ...]
    female: tuple[str, ...]
    last: tuple[tuple[str | None, str], ...] = ()
    gendered_last: tuple[tuple[str, str], ...] = ()
    english_share: float = 0.03


ORIGINS: dict[str, Origin] = {
    "dutch": Origin(
        30,
        ("Jan", "Kees", "Pieter", "Daan", "Ruud", "Henk", "Joost", "Thijs", "Bram", "Wim", "Gert-Jan",
         "Noël", "René", "Sjoerd", "Marco", "Dennis", "Rik", "Ferdi"),
        ("Sanne", "Anouk", "Lieke", "Marieke", "Ingrid", "Femke", "Noor", "Esther", "Ria", "Ilse", "Zoë",
         "Chloë", "Daniëlle", "Joëlle", "Désirée", "Loïs", "Mirjam", "Kim"),
        ((None, "Bakker"), (None, "Visser"), (None, "Smit"), (None, "Mulder"), (None, "Jansen"),
         (None, "Verhoeven"), (None, "Hendriks"), (None, "Brouwer"), (None, "Kooiman"), (None, "Boomsma"),
         ("van", "Dijk"), ("de", "Vries"), ("van der", "Berg"), ("van den", "Heuvel"), ("ter", "Horst"),
         ("de", "Jong"), ("van", "Leeuwen"), ("van 't", "Hof"), ("in 't", "Veld"), ("den", "Hartog"),
         ("van der", "Meer"), ("op de", "Beek"), ("te", "Velde"), ("van", "Vliet"), ("de", "Groot"),
         ("van", "Rooij"), ("van der", "Linden"), ("van den", "Broek"), ("de", "Boer"), ("van", "Gils")),
    ),
    "surinamese": Origin(
        12,
        ("Ravi", "Ashwin", "Kiran", "Glenn", "Rinaldo", "Marlon", "Soeniel", "Romano", "Dave", "Iwan"),
        ("Shanti", "Sunita", "Roshni", "Djoeminah", "Priya", "Anjali", "Chandrika", "Natasja", "Joyce"),
        ((None, "Ramdin"), (None, "Sewnath"), (None, "Jagesar"), (None, "Tjon A Fong"), (None, "Kartosen"),
         (None, "Somohardjo"), (None, "Soekhai"), (None, "Mangroe"), (None, "Bhagwandin"), (None, "Pinas"),
         (None, "Doelwijt"), (None, "Wongsodikromo"), (None, "Ramlal"), (None, "Sitaldin"), (None, "Brunings")),
    ),
    "antillean": Origin(
        9,
        ("Shurendy", "Jurick", "Giovanni", "Churandy", "Rudsel", "Shaquille", "Jeffrey", "Edsel"),
        ("Jusayra", "Yeraldine", "Sharella", "Shanaira", "Jeanine", "Rosely", "Naïma", "Suhaily"),
        ((None, "Martina"), (None, "Isenia"), (None, "Statia"), (None, "Winklaar"), (None, "Rosalia"),
         (None, "Maduro"), (None, "Janga"), (None, "Girigorie"), (None, "Francisca"), (None, "Cijntje"),
         (None, "Leito"), (None, "Coffie")),
    ),
    "capeverdean": Origin(
        5,
        ("João", "Adilson", "Nelson", "Ivanildo", "Edmilson", "Sebastião", "Estêvão", "Zé"),
        ("Conceição", "Sónia", "Djenifer", "Anabela", "Lúcia", "Fátima", "Natércia"),
        ((None, "Fortes"), (None, "Lopes"), (None, "Tavares"), (None, "Monteiro"), (None, "Gonçalves"),
         (None, "Semedo"), (None, "Delgado"), (None, "Évora"), (None, "Brito"), (None, "Magalhães"),
         (None, "Simões"), (None, "Rodrigues")),
    ),
    "moroccan": Origin(
        14,
        ("Mohamed", "Youssef", "Said", "Bilal", "Soufiane", "Hamza", "Ayoub", "Zakaria", "Mustafa", "Karim"),
        ("Fatima", "Khadija", "Nadia", "Salma", "Imane", "Naima", "Ikram", "Hafsa", "Najat", "Aïcha"),
        ((None, "El Idrissi"), (None, "Benali"), (None, "Bouzid"), (None, "Amrani"), (None, "Ouali"),
         (None, "El Khattabi"), (None, "Azzouz"), (None, "Boukhari"), (None, "Aït Taleb"), (None, "Essaïdi"),
         (None, "El Ouardi"), (None, "Haddouchi"), (None, "Tahiri"), (None, "Chaïbi")),
    ),
    "turkish": Origin(
        12,
        ("Mehmet", "Hüseyin", "Gökhan", "Ümit", "Şükrü", "Ömer", "Burak", "Murat", "Oğuz", "Kadir"),
        ("Ayşe", "Emine", "Çağla", "Özlem", "Büşra", "Yıldız", "Gülşen", "Elif", "Kübra", "Hatice"),
        ((None, "Yılmaz"), (None, "Kaya"), (None, "Demir"), (None, "Şahin"), (None, "Çelik"), (None, "Öztürk"),
         (None, "Aydın"), (None, "Doğan"), (None, "Arslan"), (None, "Koç"), (None, "Yıldırım"), (None, "Güler"),
         (None, "Özdemir"), (None, "Kılıç"), (None, "Erdoğan")),
    ),
    "polish": Origin(
        5,
        ("Łukasz", "Piotr", "Paweł", "Grzegorz", "Wojciech", "Michał", "Tomasz", "Jarosław"),
        ("Agnieszka", "Małgorzata", "Katarzyna", "Żaneta", "Joanna", "Bożena", "Anna", "Jolanta"),
        ((None, "Nowak"), (None, "Wójcik"), (None, "Woźniak"), (None, "Mazur"), (None, "Żak")),
        (("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Kamiński", "Kamińska"),
         ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"), ("Dąbrowski", "Dąbrowska")),
        english_share=0.35,
    ),
    "bulgarian": Origin(
        3,
        ("Georgi", "Ivan", "Dimitar", "Stoyan", "Nikolay", "Hristo"),
        ("Maria", "Elena", "Desislava", "Svetla", "Kalina", "Yordanka"),
        (),
        (("Ivanov", "Ivanova"), ("Petrov", "Petrova"), ("Georgiev", "Georgieva"), ("Dimitrov", "Dimitrova"),
         ("Stoyanov", "Stoyanova"), ("Todorov", "Todorova"), ("Kostadinov", "Kostadinova")),
        english_share=0.35,
    ),
    "syrian": Origin(
        4,
        ("Ahmad", "Omar", "Khaled", "Mahmoud", "Bashar", "Ammar", "Rami"),
        ("Rania", "Lina", "Hiba", "Nour", "Yara", "Ghada", "Rasha"),
        ((None, "Al-Hassan"), (None, "Haddad"), (None, "Khoury"), (None, "Al-Masri"), (None, "Darwish"),
         (None, "Shami"), (None, "Al-Ahmad"), (None, "Hamdan"), (None, "Al-Najjar"), (None, "Kassab")),
        english_share=0.4,
    ),
    "eritrean": Origin(
        3,
        ("Tesfay", "Yonas", "Mebrahtu", "Filmon", "Dawit", "Aman"),
        ("Senait", "Helen", "Ruta", "Selam", "Semhar", "Luwam"),
        ((None, "Tesfamariam"), (None, "Gebremedhin"), (None, "Haile"), (None, "Tekle"), (None, "Ghebreyesus"),
         (None, "Berhane"), (None, "Kidane"), (None, "Mehari"), (None, "Weldemichael"), (None, "Habte")),
        english_share=0.4,
    ),
    "ukrainian": Origin(
        3,
        ("Andriy", "Mykola", "Taras", "Serhiy", "Dmytro", "Bohdan"),
        ("Olena", "Oksana", "Iryna", "Yuliia", "Kateryna", "Nataliia"),
        ((None, "Kovalenko"), (None, "Shevchenko"), (None, "Bondarenko"), (None, "Tkachenko"),
         (None, "Kravchenko"), (None, "Melnyk"), (None, "Boyko"), (None, "Savchenko"), (None, "Oliinyk")),
        english_share=0.45,
    ),
    "latin": Origin(
        2,
        ("Alejandro", "Íñigo", "Andrés", "Sergio", "José Luis"),
        ("Begoña", "Lucía", "Nuria", "María José", "Inés"),
        ((None, "Peña"), (None, "Muñoz"), (None, "Ibáñez"), (None, "Castaño"), (None, "Núñez"), (None, "García")),
        english_share=0.3,
    ),
}

# --- addresses: real Rotterdam streets with the first four digits of their postcode area --------
STREETS: tuple[tuple[str, str], ...] = (
    ("Beijerlandselaan", "3074"), ("Groene Hilledijk", "3073"), ("Putsebocht", "3073"), ("Hillevliet", "3074"),
    ("Dordtsestraatweg", "3075"), ("Paul Krugerstraat", "3072"), ("Hillelaan", "3072"),
    ("Pretorialaan", "3072"), ("Rosestraat", "3071"), ("Oranjeboomstraat", "3071"), ("Mijnsherenlaan", "3081"),
    ("Katendrechtse Lagedijk", "3082"), ("Wolphaertsbocht", "3083"), ("Boergoensevliet", "3082"),
    ("Pleinweg", "3083"), ("Slinge", "3085"), ("Vaanweg", "3086"), ("Schiedamseweg", "3025"),
    ("Mathenesserweg", "3026"), ("Nieuwe Binnenweg", "3014"), ("Bilderdijkstraat", "3025"),
    ("Grote Visserijstraat", "3026"), ("Zwart Janstraat", "3035"), ("Bergweg", "3036"), ("Noordplein", "3035"),
    ("Jonker Fransstraat", "3031"), ("Boezemstraat", "3034"), ("Kerkhoflaan", "3034"), ("Herenwaard", "3078"),
    ("Spinozaweg", "3076"), ("Keizerswaard", "3078"), ("Reyerdijk", "3079"), ("Ommoordseweg", "3069"),
    ("Hesseplaats", "3069"), ("Prinsenlaan", "3066"), ("Burgemeester Baumannlaan", "3043"),
    ("Abtsweg", "3042"), ("Binnenban", "3191"), ("Middenbaan", "3191"), ("Aveling", "3192"),
    ("Pastoriedijk", "3197"), ("Oudedijk", "3061"), ("Vlietlaan", "3061"), ("Hoflaan", "3062"),
    ("Dorpsweg", "3083"), ("Zuidplein", "3083"), ("Strevelsweg", "3075"), ("Wielewaalweg", "3082"),
)
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
SUFFIXES = ("A", "B", "C", "a", "b", "01", "02")
MAIL_DOMAINS = ("gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl")

# --- conversation texts (summary in plain Dutch, B1) ---------------------------------------------
KIND_WEIGHTS = (("progress", 40), ("phone", 20), ("home_visit", 9), ("review", 8), ("evaluation", 10))
CHANNEL = {"intake": "in_person", "progress": "in_person", "review": "in_person", "phone": "phone",
           "home_visit": "home", "evaluation": "in_person", "aftercare": "phone"}
PLACES = ("Wijkkantoor Feijenoord", "Wijkkantoor Charlois", "Wijkkantoor Delfshaven", "Wijkkantoor Noord",
          "Bibliotheek Afrikaanderwijk", "Wijkcentrum De Put")
JOBS = ("schoonmaker", "magazijnmedewerker", "kok", "chauffeur", "kassamedewerker", "verzorgende",
        "bouwvakker", "beveiliger", "administratief medewerker", "monteur")
TOPICS = ("solliciteren", "de taalles", "uw gezondheid", "de schulden", "de kinderopvang", "uw werkervaring",
          "de cursus", "uw wensen voor werk", "de post die u krijgt")
HOW = ("goed", "beter dan vorige keer", "nog niet zo goed", "wisselend", "rustig aan")
EMPLOYERS = ("een schoonmaakbedrijf in de haven", "een supermarkt in Zuid", "de Rotterdamse Zorg",
             "een bouwbedrijf", "een hotel in het centrum", "een distributiecentrum in Ridderkerk")

SUMMARIES: dict[str, tuple[str, ...]] = {
    "intake": (
        "Vandaag hebben we kennisgemaakt. Ik ben uw vaste begeleider. U kunt mij altijd bellen als u vragen heeft.",
        "U vertelde over uw werk als {job}. U wilt graag weer aan het werk.",
        "We hebben gepraat over uw situatie thuis en over geld. U krijgt van mij een lijst met wat u moet opsturen.",
        "Ik heb uitgelegd wat de inlichtingenplicht is: u geeft veranderingen in uw situatie zelf aan ons door.",
    ),
    "progress": (
        "We hebben gepraat over {topic}. Het gaat {how}.",
        "U heeft deze maand {n} keer gesolliciteerd. Goed gedaan!",
        "We hebben nieuwe afspraken gemaakt. Die staan hieronder.",
        "U vertelde dat {topic} nog lastig is. We zoeken samen naar hulp.",
    ),
    "phone": (
        "Ik heb u gebeld over {topic}. Het gaat {how}.",
        "Ik heb u gebeld over een brief van ons. U heeft alles goed uitgelegd. Er verandert niets.",
        "U belde mij met een vraag over uw uitkering. Ik heb het uitgezocht en u teruggebeld.",
    ),
    "home_visit": (
        "Ik ben bij u thuis geweest. We hebben samen naar uw post gekeken.",
        "We hebben bij u thuis gepraat over {topic}. Het gaat {how}.",
        "Fijn dat ik bij u thuis mocht komen. U liet zien hoe u uw papieren bijhoudt.",
    ),
    "review": (
        "We hebben samen gekeken of uw gegevens nog kloppen. Dit heet een heronderzoek. Alles klopt nog.",
        "In het heronderzoek zagen we één verandering. Wilt u de papieren daarover opsturen?",
        "U hoeft na dit gesprek niets te doen. Over een jaar kijken we weer samen naar uw gegevens.",
    ),
    "evaluation": (
        "We hebben teruggekeken op de afgelopen maanden. U zei dat het {how} gaat.",
        "U bent bijna klaar met het traject. We hebben gepraat over de volgende stap.",
        "De begeleider op uw werkplek is tevreden over u. U leert veel.",
    ),
    "aftercare": (
        "U werkt nu bij {employer}. Gefeliciteerd! We hebben gepraat over hoe het gaat op uw werk.",
        "Ik blijf nog tot {until} uw contactpersoon. U kunt mij bellen als er iets is.",
        "U vertelde dat het werk {how} gaat. Dat is fijn om te horen.",
    ),
}
NOTES = (
    "Maakt een gemotiveerde indruk.", "Schulden in beeld; doorverwezen naar de Kredietbank Rotterdam.",
    "Taalniveau Nederlands ongeveer A2; tolk niet nodig.", "Mantelzorg voor moeder, kost veel tijd.",
    "Rugklachten; medisch advies aangevraagd.", "Kwam te laat, had de brief niet goed begrepen.",
    "Twijfelt over kinderopvang; volgende keer op terugkomen.", "Werkervaring in eigen land niet erkend.",
    "Contact met wijkverpleging over de thuissituatie.", "Wil graag een opleiding in de zorg.", "", "",
)
AGREEMENTS: dict[str, tuple[str, ...]] = {
    "client": (
        "Inschrijven op werk.nl en uw cv aanvullen", "Elke week drie keer solliciteren en dat opschrijven",
        "De loonstroken van uw partner opsturen", "Aanmelden voor de taalles in de bibliotheek",
        "Naar de informatiebijeenkomst van Rotterdam Inclusief gaan", "Bellen met de Kredietbank voor een afspraak",
        "Een VOG aanvragen", "Kinderopvang regelen voor de woensdag", "Bankafschriften van drie maanden opsturen",
        "Uw werkrooster doorgeven",
    ),
    "coach": (
        "Aanvraag bijzondere bijstand voor de wasmachine doorsturen", "Contact opnemen met de schuldhulpverlening",
        "Uitzoeken of de cursus heftruckchauffeur betaald kan worden", "Terugbellen over de brief van de Belastingdienst",
        "Werkgever benaderen voor een proefplaatsing", "Afspraak maken met de taalcoach",
    ),
    "specialist": (
        "Kennismakingsgesprek plannen met de werkgever", "Werkplek bekijken en afspraken over begeleiding maken",
        "Voortgang doorgeven aan de vaste begeleider", "Sollicitatietraining starten",
        "Een stageplek zoeken in de zorg",
    ),
}
SPECIALISTS = (
    ("s.bakker", "Sandra Bakker", "Rotterdam Inclusief"), ("m.elamrani", "Mourad El Amrani", "Rotterdam Inclusief"),
    ("l.dekker", "Linda Dekker", "Jongerenloket"), ("o.yildiz", "Onur Yıldız", "Jongerenloket"),
    ("p.vermeulen", "Petra Vermeulen", "Werkgeversservicepunt W&I"), ("r.santos", "Rui Santos", "Prestatie010"),
)
TEAMS = (("Wijkteam Feijenoord", "Feijenoord"), ("Wijkteam Charlois", "Charlois"))
SIGNAL_TEXTS = {
    "duty_to_inform": ("Mogelijk niet gemelde inkomsten uit werk", "Bericht van de belastingdienst over een auto",
                       "Mogelijk samenwonen niet doorgegeven"),
    "income_decision": ("Besluit: de uitkering wordt lager door inkomsten van de partner",
                        "Besluit: terugvordering van te veel betaalde bijstand"),
    "other": ("Niet verschenen op het gesprek", "Post komt terug als onbestelbaar"),
}
ABSENCE_ACTIVITIES = ("Taalles", "Werkervaringsplek", "Sollicitatietraining", "Gesprek met de vaste begeleider",
                      "Informatiebijeenkomst Rotterdam Inclusief")
