"""A realistic, offline demo caseload for the signed-in coach (DESIGN §5 `demo-data`, the GUI's --demo).

Everything is written through the ORM in a few large transactions, so the outbox hook queues a
mutation for every row: the whole caseload is pending for the central store, as a real one would be.

The people do not exist. Their BSNs pass the elfproef but all lie in the 9999xxxxx range that the
RvIG uses for test persons, so a demo BSN can never be a real person's number.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.i18n import translate
from desktop.models import Database, new_id
from desktop.models.entities import (
    Absence,
    Agreement,
    CallAttempt,
    Client,
    Conversation,
    OutboxMutation,
    Referral,
    Signal,
    Team,
    User,
)
from desktop.models.outbox import get_setting, set_setting

from . import audit
from .caseload import AFTERCARE_MONTHS, add_months
from .context import Actor
from .errors import NotAllowed

DEMO_SETTING = "demo"
BSN_PREFIX = "9999"  # RvIG test persons
BSN_CAPACITY = 90_000  # valid numbers in 9999xxxxx are ~90,900
CLIENTS_PER_TRANSACTION = 500

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


@dataclass
class DemoStats:
    clients: int = 0
    conversations: int = 0
    agreements: int = 0
    signals: int = 0
    absences: int = 0
    other: int = 0

    @property
    def records(self) -> int:
        return self.clients + self.conversations + self.agreements + self.signals + self.absences + self.other


def generate_caseload(db: Database, actor: Actor, clients: int, seed: int | None = None) -> int:
    """Create `clients` demo clients with their history for `actor` as coach; returns how many."""
    return generate(db, actor, clients, seed).clients


def generate(db: Database, actor: Actor, clients: int, seed: int | None = None) -> DemoStats:
    if clients < 0:
        raise ValueError("clients must be >= 0")
    rng = random.Random(seed)
    today = actor.today()
    stats = DemoStats()
    with db.session() as s:
        existing = s.scalar(select(func.count()).select_from(Client).where(Client.deleted_at.is_(None))) or 0
        if existing and get_setting(s, DEMO_SETTING) != "1":
            raise NotAllowed(translate(
                "Demo", "Deze map bevat al echte werkzoekenden. Maak demogegevens in een lege map "
                "(--data-dir), zodat ze nooit met echte gegevens worden gemengd."))
        taken = set(s.scalars(select(Client.bsn)))
        if clients > BSN_CAPACITY - len(taken):
            raise NotAllowed(translate("Demo", "Zoveel demowerkzoekenden kunnen er niet worden gemaakt."))
        coach, team_id = _prepare_people(s, actor, rng, stats)
        specialists = list(s.scalars(select(User.id).where(User.role == "specialist", User.deleted_at.is_(None))
                                     .order_by(User.username)))
        set_setting(s, DEMO_SETTING, "1")
    gen = _Generator(rng, today, coach, team_id, specialists, taken, stats, actor)
    done = 0
    while done < clients:
        batch = min(CLIENTS_PER_TRANSACTION, clients - done)
        with db.session() as s:
            for _ in range(batch):
                gen.client(s)
            gen.flush_levels(s)
        done += batch
    return stats


def _prepare_people(s: Session, actor: Actor, rng: random.Random, stats: DemoStats) -> tuple[str, str | None]:
    """The actor's own User row, a team and a few specialists (created only when missing)."""
    user = s.get(User, actor.user_id) if actor.user_id else None
    if user is None:
        user = User(id=actor.user_id or new_id(), username=actor.username, display_name=actor.username.capitalize(), role="coach")
        s.add(user)
        stats.other += 1
    if user.team_id is None:
        name, location = TEAMS[0]
        team = s.scalar(select(Team).where(Team.name == name, Team.deleted_at.is_(None)))
        if team is None:
            team = Team(id=new_id(), name=name, location=location)
            s.add(team)
            stats.other += 1
        user.team_id = team.id
    if not user.phone:
        user.phone = f"010-{rng.randint(200, 499)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    if not user.email:
        user.email = f"{_mail_part(user.username)}@rotterdam.nl"
    if not user.reachable:
        user.reachable = "ma-do 9-17 uur, vrijdag tot 12 uur"
    known = set(s.scalars(select(User.username).where(User.role == "specialist")))
    for username, display, organisation in SPECIALISTS:
        if username in known:
            continue
        s.add(User(id=new_id(), username=username, display_name=display, role="specialist",
                   organisation=organisation, email=f"{username}@{_org_domain(organisation)}",
                   phone=f"06-{rng.randint(10_000_000, 99_999_999)}", reachable="ma-vr 8.30-17 uur"))
        stats.other += 1
    s.flush()
    return user.id, user.team_id


def _org_domain(organisation: str) -> str:
    return {"Jongerenloket": "jongerenloketrotterdam.nl", "Prestatie010": "prestatie010.nl"}.get(
        organisation, "rotterdam.nl")


_ASCII = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "đ": "d"})


def _mail_part(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.translate(_ASCII).casefold())
    return "".join(ch for ch in folded if ch.isascii() and (ch.isalnum() or ch == "."))


class _Generator:
    def __init__(self, rng: random.Random, today: date, coach: str, team_id: str | None,
                 specialists: list[str], taken: set[str], stats: DemoStats, actor: Actor) -> None:
        self.rng = rng
        self.today = today
        self.coach = coach
        self.team_id = team_id
        self.specialists = specialists
        self.taken = taken
        self.stats = stats
        self.actor = actor
        self.origins = list(ORIGINS.values())
        self.weights = [o.weight for o in self.origins]
        self.kinds = [k for k, _ in KIND_WEIGHTS]
        self.kind_weights = [w for _, w in KIND_WEIGHTS]
        # Rows wait here by foreign-key depth: the models have no relationships, so the unit of
        # work cannot order the inserts itself (clients, then conversations/signals, then the rest).
        self.levels: tuple[list[Any], list[Any], list[Any]] = ([], [], [])
        self.xrng = random.Random(hash(rng.getstate()[1]))  # seeded from the state without drawing from it

    def flush_levels(self, s: Session) -> None:
        for level in self.levels:
            s.add_all(level)
            s.flush()
            level.clear()

    # -- one person ---------------------------------------------------------------------------
    def bsn(self) -> str:
        rng = self.rng
        while True:
            body = BSN_PREFIX + f"{rng.randrange(10_000):04d}"
            total = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True))
            check = total % 11
            if check == 10:
                continue
            bsn = body + str(check)
            if bsn not in self.taken:
                self.taken.add(bsn)
                return bsn

    def name(self) -> tuple[str, str | None, str, Origin]:
        rng = self.rng
        origin = rng.choices(self.origins, self.weights)[0]
        female = rng.random() < 0.55
        first = rng.choice(origin.female if female else origin.male)
        n_plain, n_gendered = len(origin.last), len(origin.gendered_last)
        i = rng.randrange(n_plain + n_gendered)
        if i < n_plain:
            prefix, last = origin.last[i]
        else:
            male_form, female_form = origin.gendered_last[i - n_plain]
            prefix, last = None, female_form if female else male_form
        # No two demo clients share a name (they looked like duplicates in the list). Another first name is
        # drawn from the side stream, so the main stream - and with it the rest of the demo - is unchanged.
        seen: set[tuple[str, str | None, str]] = self.__dict__.setdefault("_names_seen", set())
        for _ in range(50):
            if (first, prefix, last) not in seen:
                break
            first = self.xrng.choice(origin.female if female else origin.male)
        seen.add((first, prefix, last))
        return first, prefix, last, origin

    def client(self, s: Session) -> None:
        rng, today = self.rng, self.today
        xr = self.xrng  # issue 17's additions draw from their own stream: the rest of the demo stays as it was
        first, prefix, last, origin = self.name()
        age = int(rng.triangular(18, 67, 35))
        dob = today - timedelta(days=age * 365 + rng.randrange(365) + age // 4)
        dob = min(dob, _years_ago(today, 18) - timedelta(days=1))
        street, area = rng.choice(STREETS)
        letters = rng.choice(POSTCODE_LETTERS) + rng.choice(POSTCODE_LETTERS)
        if letters in ("SA", "SD", "SS"):
            letters = "AB"
        roll = rng.random()
        start = today - timedelta(days=rng.randrange(30, 3650))
        end = aftercare = None
        if roll < 0.70:
            status = "active"
        elif roll < 0.78:
            status, start = "applicant", None
        elif roll < 0.90:
            status = "ended"
            end = today - timedelta(days=rng.randrange(5, 170))
            aftercare = add_months(end, AFTERCARE_MONTHS)
        else:
            status = "ended"
            end = today - timedelta(days=rng.randrange(400, 1100))
            aftercare = add_months(end, AFTERCARE_MONTHS)
        if start and end and start > end - timedelta(days=60):
            start = end - timedelta(days=rng.randrange(90, 1500))
        # issue 17: a benefit restarted within six months (flagged), whether the work lasted after aftercare
        previous_end = restarted = outcome = outcome_on = satisfaction = satisfaction_remark = None
        if status == "active" and start and (today - start).days < 170 and xr.random() < 0.5:
            restarted = start  # a recent start is a restart for some (the start itself stays as drawn)
            previous_end = restarted - timedelta(days=xr.randrange(10, 170))
        selected = invited = reexam_reason = None
        if status == "active" and xr.random() < 0.04:  # a re-examination: who and why, in words (seed 000)
            selected = today - timedelta(days=xr.randrange(1, 40))
            reexam_reason = xr.choice(REEXAMINATION_REASONS)
            if xr.random() < 0.5:
                invited = min(today, selected + timedelta(days=xr.randrange(1, 6)))
        if aftercare and aftercare < today and xr.random() < 0.7:
            outcome = "lasted" if xr.random() < 0.6 else "not_lasted"
            outcome_on = min(today, aftercare + timedelta(days=xr.randrange(0, 21)))
            if xr.random() < 0.7:  # the client's rating of the support (seed 001)
                satisfaction = xr.choices((2, 3, 4, 5), (1, 3, 5, 3))[0]
                satisfaction_remark = xr.choice((None, "Fijn dat ik kon blijven bellen.", "Soms lang wachten."))
        registered = today - timedelta(days=rng.randrange(0, 420)) if rng.random() < 0.8 else None
        mail = None
        if rng.random() < 0.6:
            mail = (f"{_mail_part(first)}.{_mail_part((prefix or '') + last)}{rng.randrange(1, 99)}"
                    f"@{rng.choice(MAIL_DOMAINS)}")
        exemption = until = exemption_from = None
        if rng.random() < 0.06:
            exemption = rng.choice(("Tijdelijke ontheffing arbeidsplicht: mantelzorg",
                                    "Tijdelijke ontheffing arbeidsplicht: medische redenen",
                                    "Alleenstaande ouder met kind onder 5 jaar"))
            until = today + timedelta(days=rng.randrange(30, 360))
            exemption_from = today - timedelta(days=xr.randrange(0, 120))
        rhythm = xr.choices((None, 2, 1, 6), (80, 14, 3, 3))[0]
        approach: dict[str, Any] = {}
        if status == "active" and exemption is None and xr.random() < 0.05:  # the absence approach (seed 004)
            proposed = today - timedelta(days=xr.randrange(3, 40))
            approach = {"approach_proposed_on": proposed, "approach_reasons": xr.choice(
                ("missed_appointments", "missed_obligations", "missed_appointments sickness_absence")),
                "approach_note": xr.choice(APPROACH_NOTES)}
            if xr.random() < 0.6:
                admitted = xr.random() < 0.75
                approach.update(approach_decision="admitted" if admitted else "excluded",
                                approach_decided_on=min(today, proposed + timedelta(days=xr.randrange(1, 10))),
                                approach_decided_by="teamleider",
                                approach_decision_reason="Geen ernstige belemmeringen gevonden." if admitted else
                                "Ernstige gezondheidsklachten verklaren het verzuim al.")
        c = Client(
            id=new_id(), bsn=self.bsn(), first_name=first, name_prefix=prefix, last_name=last, date_of_birth=dob,
            phone=f"06-{rng.randrange(10_000_000, 100_000_000)}" if rng.random() < 0.95 else None, email=mail,
            street=street, house_number=str(rng.randint(1, 250)),
            house_number_suffix=rng.choice(SUFFIXES) if rng.random() < 0.2 else None,
            postcode=f"{area} {letters}", city="Rotterdam",
            preferred_language="en" if rng.random() < origin.english_share else "nl",
            coach_id=self.coach, team_id=self.team_id, benefit_status=status, benefit_start=start,
            benefit_end=end, aftercare_until=aftercare, werknl_registered_on=registered,
            werknl_exempt=rng.random() < 0.05, work_duty_exemption=exemption, work_duty_exemption_until=until,
            work_duty_exemption_from=exemption_from, previous_benefit_end=previous_end, benefit_restarted_on=restarted,
            aftercare_outcome=outcome, aftercare_outcome_on=outcome_on, contact_every_weeks=rhythm,
            reexamination_selected_on=selected, reexamination_selected_by=self.actor.username if selected else None,
            reexamination_reason=reexam_reason, reexamination_invited_on=invited,
            aftercare_satisfaction=satisfaction, aftercare_satisfaction_remark=satisfaction_remark, **approach)
        self.levels[0].append(c)
        audit.record(s, self.actor, "create", "client", c.id, c.id, purpose="demo",
                     fields=("bsn", "first_name", "last_name", "date_of_birth", "postcode"))
        self.stats.clients += 1
        self.stats.other += 1  # the audit event
        self.history(s, c)
        if status == "active" and xr.random() < 0.1:  # a referral to the wijkteam or VraagWijzer (seed 004)
            on = today - timedelta(days=xr.randrange(1, 60))
            follow = on + timedelta(days=xr.choice((14, 21, 28)))
            done = follow <= today and xr.random() < 0.8
            to, why = xr.choice(REFERRAL_REASONS)
            self.levels[1].append(Referral(
                id=new_id(), client_id=c.id, referred_to=to, reason=why, referred_on=on, follow_up_on=follow,
                followed_up_on=follow if done else None, by_user_id=self.coach,
                follow_up_note=xr.choice(REFERRAL_NOTES) if done else None))

    # -- the history with the coach ------------------------------------------------------------
    def history(self, s: Session, c: Client) -> None:
        rng, today = self.rng, self.today
        xr = self.xrng
        first_day = c.benefit_start or today - timedelta(days=rng.randrange(14, 60))
        last_day = today - timedelta(days=1)
        if c.benefit_end and c.aftercare_until and c.aftercare_until < today:
            last_day = c.aftercare_until
        span = max((last_day - first_day).days, 1)
        n = 3 + int(rng.triangular(0, 27, 1)) if c.benefit_status != "applicant" else rng.randint(3, 4)
        days = sorted(first_day + timedelta(days=rng.randrange(span)) for _ in range(n - 1))
        days = [first_day, *days]
        held: list[Conversation] = []
        for i, day in enumerate(days):
            when = _workday_time(rng, day, backwards=True)
            if i == 0:
                kind = "intake"
            elif c.benefit_end and day > c.benefit_end:
                kind = "aftercare"
            else:
                kind = rng.choices(self.kinds, self.kind_weights)[0]
            conv = Conversation(
                id=new_id(), client_id=c.id, coach_id=self.coach, kind=kind, channel=CHANNEL[kind], held_at=when,
                planned=False, place=self.place(kind), summary_for_client=self.summary(kind, c),
                internal_notes=" ".join(rng.sample(NOTES, rng.randint(0, 2))).strip(),
                # the duty to inform at the intake (folder handed over) and at some reviews (seed 004: repeatedly)
                duty_to_inform_discussed=i == 0 or (kind == "review" and xr.random() < 0.5),
                rights_folder="handed_over" if i == 0 else "discussed" if kind == "review" and xr.random() < 0.3
                else None)
            self.levels[1].append(conv)
            held.append(conv)
            self.agreements(s, c, conv)
        self.stats.conversations += len(held)
        in_scope = c.benefit_status in ("active", "applicant") or (c.aftercare_until or today) >= today
        if in_scope and rng.random() < 0.75:
            when = _workday_time(rng, today + timedelta(days=rng.randint(1, 42)), backwards=False)
            if rng.random() < 0.7:
                kind = "aftercare" if c.benefit_status == "ended" else rng.choice(("progress", "phone", "review"))
                self.levels[1].append(Conversation(
                    id=new_id(), client_id=c.id, coach_id=self.coach, kind=kind, channel=CHANNEL[kind],
                    held_at=when, planned=True, place=self.place(kind), summary_for_client="",
                    internal_notes=rng.choice(("", "Voorbereiden: stand van de sollicitaties.",
                                               "Vragen naar de taalles."))))
                self.stats.conversations += 1
            held[-1].next_meeting_at = when
        if rng.random() < 0.06:
            self.signal(s, c, days[-1])
        if rng.random() < 0.05:
            self.absence(s, c, days[-1])

    def place(self, kind: str) -> str | None:
        if kind in ("phone", "aftercare"):
            return None
        if kind == "home_visit":
            return "Bij de werkzoekende thuis"
        return self.rng.choice(PLACES)

    def summary(self, kind: str, c: Client) -> str:
        rng = self.rng
        texts = SUMMARIES[kind]
        picked = rng.sample(texts, min(len(texts), rng.randint(2, 3)))
        return " ".join(picked).format(
            job=rng.choice(JOBS), topic=rng.choice(TOPICS), how=rng.choice(HOW), n=rng.randint(2, 8),
            employer=rng.choice(EMPLOYERS),
            until=(c.aftercare_until or self.today).strftime("%d-%m-%Y"))

    def agreements(self, s: Session, c: Client, conv: Conversation) -> None:
        rng, today = self.rng, self.today
        count = rng.choices((0, 1, 2, 3), (35, 35, 22, 8))[0]
        made = conv.held_at.date()
        for _ in range(count):
            party = rng.choices(("client", "coach", "specialist"), (60, 25, 15))[0]
            if party == "specialist" and not self.specialists:
                party = "coach"
            due = made + timedelta(days=rng.randint(5, 42))
            status, status_date = "open", None
            if due < today:
                status = rng.choices(("done", "missed", "cancelled", "open"), (70, 12, 5, 13))[0]
            elif rng.random() < 0.25:
                status = "done"
            if status != "open":
                latest = min(due + timedelta(days=7), today)
                status_date = made + timedelta(days=rng.randint(0, max((latest - made).days, 0)))
            self.levels[2].append(Agreement(
                id=new_id(), client_id=c.id, conversation_id=conv.id,
                description=rng.choice(AGREEMENTS[party]), party=party,
                specialist_id=rng.choice(self.specialists) if party == "specialist" else None,
                due_date=due, status=status, status_date=status_date,
                shared_with_specialists=party == "specialist" or (party == "client" and rng.random() < 0.15)))
            self.stats.agreements += 1

    def signal(self, s: Session, c: Client, around: date) -> None:
        rng = self.rng
        kind = rng.choice(tuple(SIGNAL_TEXTS))
        on = around - timedelta(days=rng.randint(0, 20))
        # Closed ones need no call before them (no action, corrected); an income decision closes only as
        # "explained" after a call (sync/policy), and its attempts are written after it here: left open.
        closed = kind != "income_decision" and rng.random() < 0.6
        sig = Signal(id=new_id(), client_id=c.id, kind=kind, description=rng.choice(SIGNAL_TEXTS[kind]),
                     signalled_on=on, status="closed" if closed else "open")
        attempts = rng.randint(1, 2) if closed else rng.randint(0, 2)
        reached = False
        for i in range(attempts):
            reached = closed and i == attempts - 1
            self.levels[2].append(CallAttempt(id=new_id(), signal_id=sig.id, client_id=c.id,
                              attempted_at=_workday_time(rng, on + timedelta(days=i + 1), backwards=False),
                              reached=reached, by_user_id=self.coach,
                              note="Uitleg gegeven, werkzoekende stuurt stukken na." if reached
                              else "Geen gehoor, voicemail ingesproken."))
            self.stats.other += 1
        if closed:
            sig.result = rng.choice(("no_action", "corrected"))
            sig.result_reason = "Telefonisch opgehelderd; geen verwijtbaarheid."
            sig.closed_on = on + timedelta(days=attempts + 1)
        self.levels[1].append(sig)
        self.stats.signals += 1

    def absence(self, s: Session, c: Client, around: date) -> None:
        rng = self.rng
        on = around - timedelta(days=rng.randint(0, 30))
        notified = rng.random() < 0.4
        ab = Absence(id=new_id(), client_id=c.id, activity=rng.choice(ABSENCE_ACTIVITIES), missed_on=on,
                     notified=notified)
        if not notified and rng.random() < 0.6:
            ab.door_visit_on = on + timedelta(days=rng.randint(1, 5))
            ab.door_visit_findings = rng.choice(("Niet thuis, kaartje achtergelaten.",
                                                 "Thuis getroffen; was ziek en had niet afgemeld."))
        if rng.random() < 0.5:
            ab.explained_by_circumstances = True
            ab.sanction_decision = "no_sanction"
            ab.decision_reason = "Verklaard door omstandigheden."
            ab.closed_on = on + timedelta(days=rng.randint(5, 14))
        self.levels[1].append(ab)
        self.stats.absences += 1


def _years_ago(today: date, years: int) -> date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def _workday_time(rng: random.Random, day: date, *, backwards: bool) -> datetime:
    """A weekday between 9:00 and 16:30 on the quarter hour (weekends move to Friday or Monday)."""
    if day.weekday() >= 5:
        shift = day.weekday() - 4 if backwards else 7 - day.weekday()
        day = day - timedelta(days=shift) if backwards else day + timedelta(days=shift)
    minutes = 9 * 60 + 15 * rng.randrange(31)
    return datetime.combine(day, time(minutes // 60, minutes % 60))


def count_rows(db: Database) -> dict[str, Any]:
    """Figures for the command line: rows per table and pending outbox mutations."""
    with db.session() as s:
        return {
            "clients": s.scalar(select(func.count()).select_from(Client)) or 0,
            "conversations": s.scalar(select(func.count()).select_from(Conversation)) or 0,
            "agreements": s.scalar(select(func.count()).select_from(Agreement)) or 0,
            "pending": s.scalar(select(func.count()).select_from(OutboxMutation)
                                .where(OutboxMutation.state == "pending")) or 0,
        }
