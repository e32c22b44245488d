"""The demo account's job search: about four months of it, ending today.

Alex, a backend engineer in London, applies to some 45 roles. Early rejections keep naming
the same weaknesses (system design depth, answers without concrete examples, salary
expectations); others say nothing, or are about the employer (a role filled internally, a
budget freeze). In the last weeks a rewritten résumé and design practice start to pay off:
more replies, interviews booked, and an offer.

Every date is counted in days before today, so the demo always looks current. What varies
only cosmetically (minutes past the hour) comes from one seeded random generator, so two
runs on the same day build the same rows.
"""

from dataclasses import dataclass, field

from applications.models import (
    ContactRole,
    InterviewFormat,
    InterviewRound,
    Seniority,
    Source,
    Status,
    WorkMode,
)

# name: (industry, slug for the made-up website)
COMPANIES = {
    "Northwind Payments": ("Fintech", "northwind-payments"),
    "Ledgerly": ("Fintech", "ledgerly"),
    "Meadowlark Pay": ("Fintech", "meadowlark"),
    "Harbour Bank": ("Banking", "harbourbank"),
    "Bluebell Bank": ("Banking", "bluebellbank"),
    "Brightwell Health": ("Health tech", "brightwell"),
    "Carebridge": ("Health tech", "carebridge"),
    "Sparrow Health": ("Health tech", "sparrowhealth"),
    "Tidal Grid": ("Energy and climate", "tidalgrid"),
    "Verdant Labs": ("Energy and climate", "verdantlabs"),
    "Lumen Energy": ("Energy and climate", "lumenenergy"),
    "Parcelpoint": ("Logistics", "parcelpoint"),
    "Fleetwise": ("Logistics", "fleetwise"),
    "Polar Freight": ("Logistics", "polarfreight"),
    "Basketful": ("E-commerce", "basketful"),
    "Loomcraft": ("E-commerce", "loomcraft"),
    "Riverstone Retail": ("Retail", "riverstone"),
    "Quillstream Media": ("Media", "quillstream"),
    "Octave Audio": ("Media", "octaveaudio"),
    "Studio Kettle": ("Gaming", "studiokettle"),
    "Cinder Games": ("Gaming", "cindergames"),
    "Learnwise": ("Education", "learnwise"),
    "Mapleleaf Insurance": ("Insurance", "mapleleaf"),
    "Orbital Analytics": ("Software (SaaS)", "orbital"),
    "Nimbus HR": ("Software (SaaS)", "nimbushr"),
    "Granite Data": ("Software (SaaS)", "granitedata"),
    "Copperleaf Analytics": ("Software (SaaS)", "copperleaf"),
    "Helix Cloud": ("Cloud infrastructure", "helixcloud"),
    "Stackhouse": ("Developer tools", "stackhouse"),
    "Pixel Forge": ("Developer tools", "pixelforge"),
    "Cobalt Security": ("Cybersecurity", "cobaltsec"),
    "Greenfield Council Digital": ("Public sector", "greenfield-digital"),
    "Brambly": ("Non-profit", "brambly"),
    "Wayfarer Travel": ("Travel", "wayfarer"),
    "Pantry & Co": ("Food delivery", "pantryco"),
    "Signalbox": ("Telecoms", "signalbox"),
    "Kiteboard Robotics": ("Robotics", "kiteboard"),
    "Atlas Property": ("Property tech", "atlasproperty"),
    "Foxglove Bio": ("Biotech", "foxglovebio"),
    "Meridian Consulting": ("Consulting", "meridian"),
    "Quartz Legal": ("Legal tech", "quartzlegal"),
    "Trellis": ("Agritech", "trellis"),
    "Aurora Maps": ("Mapping", "auroramaps"),
}

# name: (company, role, notes)
CONTACTS = {
    "Priya Shah": ("Stackhouse", ContactRole.REFERRER, "Former teammate; introduced me to Dan."),
    "Tom Okafor": ("Brightwell Health", ContactRole.REFERRER, "Met at PyCon UK."),
    "Jonas Berg": ("Verdant Labs", ContactRole.REFERRER, "Friend of a friend, data team lead."),
    "Hannah Lee": ("Basketful", ContactRole.RECRUITER, ""),
    "Marcus Bell": ("Harbour Bank", ContactRole.RECRUITER, "Agency recruiter, very responsive."),
    "Sofia Rossi": ("Loomcraft", ContactRole.HIRING_MANAGER, "Runs the checkout team."),
    "Dan Whitaker": ("Stackhouse", ContactRole.HIRING_MANAGER, "Head of platform."),
    "Aisha Karim": ("Stackhouse", ContactRole.INTERVIEWER, "Staff engineer, ran the design round."),
    "Ben Carter": ("Tidal Grid", ContactRole.INTERVIEWER, ""),
    "Chloe Martin": ("Helix Cloud", ContactRole.RECRUITER, ""),
    "Ravi Patel": ("Helix Cloud", ContactRole.INTERVIEWER, "Asked about multi-region failover."),
    "Grace Evans": ("Verdant Labs", ContactRole.HIRING_MANAGER, ""),
    "Oliver Grant": ("Pixel Forge", ContactRole.RECRUITER, ""),
    "Nadia Haddad": ("Fleetwise", ContactRole.HIRING_MANAGER, "Wants someone to own routing APIs."),
    "Ellie Moore": ("Mapleleaf Insurance", ContactRole.RECRUITER, ""),
    "Sam Turner": ("Foxglove Bio", ContactRole.RECRUITER, ""),
}

V1, V2, V3 = "v1 general", "v2 backend-focused", "v3 impact and metrics"

SYSTEM_DESIGN = "Go deeper on trade-offs in the design part: scaling, failure modes, data."
NO_EXAMPLES = "Answers need concrete examples with numbers: what I did, not what the team did."


@dataclass
class Iv:
    """An interview, `ago` days before today (negative: still to come)."""

    round: str
    ago: int
    hour: int = 10
    minutes: int = 60
    format: str = InterviewFormat.VIDEO
    rating: int | None = None
    went_well: str = ""
    to_improve: str = ""
    caught_off_guard: str = ""
    questions: str = ""
    thanks: bool = True
    interviewers: tuple[str, ...] = ()


@dataclass
class Rej:
    ago: int
    reason: str
    channel: str = "email"
    feeling: int | None = None
    feeling_note: str = ""
    takeaway: str = ""


@dataclass
class Plan:
    company: str
    role: str
    applied: int | None  # days before today; None while on the wishlist
    steps: list[tuple[str, int]] = field(default_factory=list)  # (status, days before today)
    source: str = Source.JOB_BOARD
    seniority: str = Seniority.MID
    work_mode: str = WorkMode.HYBRID
    location: str = "London"
    salary: tuple[int, int, str] | str | None = None
    resume: str = V1
    excitement: int = 3
    interviews: list[Iv] = field(default_factory=list)
    rejection: Rej | None = None
    referral: str = ""
    contacts: tuple[str, ...] = ()
    notes: str = ""
    saved: int = 5  # for the wishlist: when it was saved


SCREEN, INTERVIEW, OFFER = Status.SCREENING, Status.INTERVIEWING, Status.OFFER
R = InterviewRound

PLANS = [
    # --- Month 1: a wide net, the first generic "no"s and the first design round ---------
    Plan(
        "Northwind Payments",
        "Backend Engineer",
        118,
        salary=(60000, 70000, "GBP"),
        rejection=Rej(
            109,
            "Thank you for your interest in Northwind Payments. After careful "
            "review we will not be moving forward with your application at this "
            "time.",
            channel="portal",
            feeling=3,
        ),
    ),
    Plan(
        "Basketful",
        "Software Engineer, Orders",
        112,
        [(SCREEN, 106), (INTERVIEW, 100)],
        salary=(65000, 75000, "GBP"),
        excitement=4,
        contacts=("Hannah Lee",),
        interviews=[
            Iv(
                R.PHONE_SCREEN,
                104,
                11,
                30,
                InterviewFormat.PHONE,
                4,
                "Friendly chat, clear on the role.",
                "",
                "",
                interviewers=("Hannah Lee",),
            ),
            Iv(
                R.TECHNICAL,
                97,
                14,
                90,
                rating=2,
                went_well="Coding part went fine.",
                to_improve=SYSTEM_DESIGN,
                caught_off_guard="How I'd shard the orders table once one database is full.",
                questions="Design an order service for Black Friday traffic.",
            ),
        ],
        rejection=Rej(
            92,
            "Thanks for your time with the team. Your coding exercise was solid, "
            "but in the system design round the panel felt the discussion stayed at "
            "a high level: we wanted more depth on how you'd scale the order service "
            "and handle failures between components.",
            feeling=2,
            feeling_note="Gutted, I really wanted this one.",
            takeaway="System design is the gap. Book mock interviews.",
        ),
    ),
    Plan(
        "Parcelpoint",
        "Backend Engineer (Python)",
        108,
        [(SCREEN, 103)],
        salary=(55000, 65000, "GBP"),
        interviews=[
            Iv(
                R.PHONE_SCREEN,
                101,
                16,
                30,
                InterviewFormat.PHONE,
                3,
                "Good rapport.",
                "Research the salary band before the call.",
                "They asked my salary expectations straight away.",
            )
        ],
        rejection=Rej(
            98,
            "We enjoyed our call, but the salary you're looking for is above the "
            "band we have for this role, so we won't be progressing further.",
            channel="call",
            feeling=3,
        ),
    ),
    Plan(
        "Wayfarer Travel",
        "Python Developer",
        105,
        [(Status.GHOSTED, 80)],
        work_mode=WorkMode.REMOTE,
        location="Remote (UK)",
        salary=(55000, 62000, "GBP"),
    ),
    Plan(
        "Quillstream Media",
        "Platform Engineer",
        104,
        work_mode=WorkMode.ONSITE,
        salary="Competitive",
        rejection=Rej(
            90,
            "We received a very high number of applications and have decided to "
            "move forward with candidates whose experience more closely matches our "
            "needs.",
            feeling=3,
        ),
    ),
    Plan(
        "Brightwell Health",
        "Senior Backend Engineer",
        99,
        [(SCREEN, 95), (INTERVIEW, 90)],
        source=Source.REFERRAL,
        referral="Tom Okafor",
        seniority=Seniority.SENIOR,
        salary=(75000, 85000, "GBP"),
        excitement=5,
        interviews=[
            Iv(
                R.TECHNICAL,
                88,
                10,
                60,
                rating=4,
                went_well="Pairing on the API felt natural.",
                thanks=True,
            ),
            Iv(
                R.PANEL,
                80,
                13,
                60,
                rating=2,
                to_improve=NO_EXAMPLES,
                caught_off_guard="'Tell me about a time you disagreed with your manager.'",
                questions="Conflict, a project I'm proud of, a failure.",
            ),
        ],
        rejection=Rej(
            75,
            "The team liked your technical answers, but in the behavioural "
            "interview we struggled to get concrete examples: your answers described "
            "what the team did rather than what you personally did, and what the "
            "result was.",
            feeling=2,
            takeaway=NO_EXAMPLES,
        ),
    ),
    Plan(
        "Pantry & Co",
        "Backend Engineer",
        97,
        [(Status.GHOSTED, 70)],
        source=Source.COMPANY_SITE,
        salary=(58000, 68000, "GBP"),
    ),
    Plan(
        "Orbital Analytics",
        "Data Engineer",
        95,
        [(SCREEN, 88)],
        source=Source.RECRUITER,
        work_mode=WorkMode.REMOTE,
        location="Remote (UK)",
        salary=(60000, 70000, "GBP"),
        rejection=Rej(
            83,
            "We've decided to fill this position internally, so we're closing "
            "the vacancy. We'd be happy to keep your details on file.",
            feeling=4,
            feeling_note="Not about me, at least.",
        ),
    ),
    Plan(
        "Tidal Grid",
        "Software Engineer",
        90,
        [(SCREEN, 87), (INTERVIEW, 82)],
        salary=(62000, 72000, "GBP"),
        excitement=5,
        resume=V1,
        interviews=[
            Iv(R.PHONE_SCREEN, 85, 9, 30, InterviewFormat.PHONE, 4, "Mission resonated."),
            Iv(
                R.TECHNICAL,
                77,
                14,
                90,
                rating=2,
                to_improve=SYSTEM_DESIGN,
                caught_off_guard="Back-pressure when the meters send faster than we write.",
                questions="Design the meter-reading ingestion pipeline.",
                interviewers=("Ben Carter",),
            ),
        ],
        rejection=Rej(
            71,
            "You clearly know Python well. Where we'd like to see more is system "
            "design: when we discussed the meter-reading pipeline, trade-offs around "
            "queues, consistency and back-pressure weren't explored in much depth.",
            feeling=2,
            takeaway="Second time system design comes up. Course booked.",
        ),
    ),
    Plan(
        "Meridian Consulting",
        "Software Engineer",
        86,
        [(SCREEN, 81), (Status.WITHDRAWN, 77)],
        work_mode=WorkMode.ONSITE,
        salary=(60000, 65000, "GBP"),
        source=Source.RECRUITER,
        notes="Withdrew: client site four days a week, not for me.",
    ),
    Plan(
        "Nimbus HR",
        "Backend Developer",
        84,
        source=Source.COMPANY_SITE,
        salary=(55000, 65000, "GBP"),
        rejection=Rej(
            78,
            "Unfortunately your application was not successful on this occasion.",
            channel="portal",
        ),
    ),
    Plan(
        "Signalbox", "Software Engineer", 81, [(Status.GHOSTED, 55)], salary=(57000, 66000, "GBP")
    ),
    # --- Month 2: more interviews, the same feedback again -----------------------------------
    Plan(
        "Harbour Bank",
        "Software Engineer II",
        78,
        [(SCREEN, 73), (INTERVIEW, 67)],
        source=Source.RECRUITER,
        salary=(70000, 80000, "GBP"),
        resume=V2,
        contacts=("Marcus Bell",),
        interviews=[
            Iv(
                R.TECHNICAL,
                64,
                11,
                60,
                rating=4,
                went_well="Explained my reasoning clearly.",
                interviewers=("Marcus Bell",),
            ),
            Iv(
                R.FINAL,
                60,
                15,
                45,
                InterviewFormat.IN_PERSON,
                3,
                "Good conversation with the director.",
                "Anchor the salary talk on the band.",
                "They asked me to name a number first.",
            ),
        ],
        rejection=Rej(
            57,
            "Everyone enjoyed meeting you and your communication was excellent. In "
            "the end your salary expectations were beyond what we can offer at this "
            "level, and we've made an offer to another candidate.",
            channel="call",
            feeling=3,
            takeaway="Check bands on Glassdoor before naming a number.",
        ),
    ),
    Plan(
        "Atlas Property",
        "Backend Engineer",
        74,
        [(Status.GHOSTED, 48)],
        resume=V2,
        salary=(60000, 68000, "GBP"),
    ),
    Plan(
        "Loomcraft",
        "Senior Software Engineer",
        72,
        [(SCREEN, 68), (INTERVIEW, 62)],
        seniority=Seniority.SENIOR,
        salary=(80000, 90000, "GBP"),
        resume=V2,
        excitement=4,
        contacts=("Sofia Rossi",),
        interviews=[
            Iv(R.TECHNICAL, 60, 10, 90, rating=4, went_well="Solid on the payments design."),
            Iv(
                R.FINAL,
                55,
                14,
                60,
                rating=2,
                to_improve=NO_EXAMPLES,
                caught_off_guard="'Walk me through a project you led from start to finish.'",
                interviewers=("Sofia Rossi",),
            ),
        ],
        rejection=Rej(
            49,
            "It was a close call. For a senior role we were looking for more "
            "specific examples of leading a project end to end: the stories you "
            "shared lacked detail on your decisions and the measurable impact.",
            feeling=2,
            feeling_note="Close, but the same story as Brightwell.",
        ),
    ),
    Plan(
        "Riverstone Retail",
        "Python Engineer",
        69,
        [(Status.GHOSTED, 45)],
        resume=V2,
        work_mode=WorkMode.ONSITE,
        location="Manchester",
        salary=(52000, 60000, "GBP"),
    ),
    Plan(
        "Cobalt Security",
        "Backend Engineer",
        64,
        [(SCREEN, 58), (INTERVIEW, 51)],
        resume=V2,
        salary=(65000, 78000, "GBP"),
        interviews=[Iv(R.TECHNICAL, 49, 11, 60, rating=4, went_well="Good on auth flows.")],
        rejection=Rej(
            38,
            "I'm sorry to say the role has been put on hold following a budget "
            "review. This is no reflection on you; we'd love to reconnect if it "
            "reopens.",
            feeling=3,
        ),
    ),
    Plan(
        "Octave Audio",
        "Backend Engineer",
        61,
        [(Status.GHOSTED, 35)],
        resume=V2,
        work_mode=WorkMode.REMOTE,
        location="Remote (EU)",
        salary=(70000, 80000, "EUR"),
    ),
    Plan(
        "Helix Cloud",
        "Platform Engineer",
        57,
        [(SCREEN, 52), (INTERVIEW, 47)],
        resume=V2,
        salary=(70000, 82000, "GBP"),
        contacts=("Chloe Martin",),
        interviews=[
            Iv(
                R.PHONE_SCREEN,
                50,
                12,
                30,
                InterviewFormat.PHONE,
                4,
                "Quick and positive.",
                interviewers=("Chloe Martin",),
            ),
            Iv(
                R.TECHNICAL,
                44,
                10,
                90,
                rating=2,
                to_improve=SYSTEM_DESIGN,
                caught_off_guard="What happens to writes when a whole region fails?",
                questions="Design a multi-region key-value cache.",
                interviewers=("Ravi Patel",),
            ),
        ],
        rejection=Rej(
            39,
            "Feedback from the panel: strong coding, but the system design "
            "interview needed more depth on caching strategy, data "
            "partitioning and what happens when a region fails.",
            feeling=1,
            feeling_note="Third time. It stings.",
            takeaway="Weekly design practice with Priya; read DDIA chapters 5-9.",
        ),
    ),
    Plan(
        "Kiteboard Robotics",
        "Software Engineer",
        52,
        [(SCREEN, 46), (INTERVIEW, 40), (Status.WITHDRAWN, 37)],
        resume=V2,
        work_mode=WorkMode.ONSITE,
        location="Bristol",
        salary=(60000, 70000, "GBP"),
        interviews=[Iv(R.TECHNICAL, 39, 10, 60, rating=3, went_well="Fun robotics problems.")],
        notes="Withdrew: the role needs relocating to Bristol.",
    ),
    Plan(
        "Polar Freight",
        "Backend Developer",
        50,
        [(Status.GHOSTED, 24)],
        resume=V2,
        salary=(55000, 63000, "GBP"),
    ),
    Plan(
        "Learnwise",
        "Backend Engineer",
        46,
        [(SCREEN, 41)],
        resume=V2,
        source=Source.COMPANY_SITE,
        salary=(58000, 66000, "GBP"),
        interviews=[
            Iv(
                R.PHONE_SCREEN,
                39,
                15,
                30,
                InterviewFormat.PHONE,
                3,
                to_improve="Say why this company, specifically.",
            )
        ],
        rejection=Rej(
            37,
            "The hiring manager felt it wasn't clear why you wanted to work in "
            "education specifically, so we won't be moving forward.",
            feeling=3,
        ),
    ),
    Plan(
        "Mapleleaf Insurance",
        "Software Engineer",
        38,
        [(SCREEN, 34), (INTERVIEW, 29)],
        resume=V2,
        salary=(60000, 70000, "GBP"),
        contacts=("Ellie Moore",),
        interviews=[
            Iv(
                R.PANEL,
                27,
                14,
                60,
                rating=2,
                to_improve=NO_EXAMPLES,
                caught_off_guard="Rambled on the first question and never recovered.",
            )
        ],
        rejection=Rej(
            22,
            "Thank you for interviewing with us. Several of your answers were hard "
            "to follow and lacked concrete examples of your own contributions; we'd "
            "encourage you to use specific situations and outcomes.",
            feeling=2,
            takeaway="Rewrote the résumé with numbers (v3) and practised STAR.",
        ),
    ),
    # --- Month 3-4: the rewritten résumé, practice, and things moving ------------------------
    Plan(
        "Stackhouse",
        "Senior Backend Engineer",
        33,
        [(SCREEN, 30), (INTERVIEW, 25), (OFFER, 7)],
        source=Source.REFERRAL,
        referral="Priya Shah",
        seniority=Seniority.SENIOR,
        work_mode=WorkMode.HYBRID,
        salary=(85000, 95000, "GBP"),
        resume=V3,
        excitement=5,
        contacts=("Dan Whitaker",),
        interviews=[
            Iv(R.TECHNICAL, 23, 10, 90, rating=4, went_well="Clean solution, talked through it."),
            Iv(
                R.TECHNICAL,
                18,
                14,
                90,
                rating=4,
                went_well="Design round: covered partitioning, failure modes and trade-offs.",
                questions="Design a build-artifact cache for 2,000 engineers.",
                interviewers=("Aisha Karim",),
            ),
            Iv(
                R.FINAL,
                12,
                11,
                60,
                InterviewFormat.IN_PERSON,
                5,
                "Used three STAR stories with numbers. Felt like a conversation.",
                interviewers=("Dan Whitaker",),
            ),
        ],
        notes="Offer: £90k + equity. Decision due Friday.",
    ),
    Plan(
        "Verdant Labs",
        "Backend Engineer, Data Platform",
        28,
        [(SCREEN, 24), (INTERVIEW, 18)],
        source=Source.REFERRAL,
        referral="Jonas Berg",
        salary=(70000, 80000, "GBP"),
        resume=V3,
        excitement=5,
        contacts=("Grace Evans",),
        interviews=[
            Iv(R.TECHNICAL, 15, 10, 60, rating=4, went_well="Good on streaming trade-offs."),
            Iv(R.FINAL, -2, 14, 60, InterviewFormat.IN_PERSON, interviewers=("Grace Evans",)),
        ],
    ),
    Plan(
        "Pixel Forge",
        "Software Engineer, APIs",
        24,
        [(SCREEN, 21), (INTERVIEW, 15)],
        source=Source.RECRUITER,
        work_mode=WorkMode.REMOTE,
        location="Remote (UK)",
        salary=(68000, 78000, "GBP"),
        resume=V3,
        contacts=("Oliver Grant",),
        interviews=[
            Iv(
                R.PHONE_SCREEN,
                19,
                11,
                30,
                InterviewFormat.PHONE,
                4,
                "Clear about the role.",
                interviewers=("Oliver Grant",),
            ),
            Iv(R.CASE, -4, 10, 90, questions="System design: rate limiter for a public API."),
        ],
    ),
    Plan(
        "Foxglove Bio",
        "Backend Engineer",
        21,
        [(SCREEN, 17), (INTERVIEW, 10)],
        salary=(62000, 72000, "GBP"),
        resume=V3,
        contacts=("Sam Turner",),
        interviews=[Iv(R.TECHNICAL, -1, 15, 60)],
    ),
    Plan(
        "Fleetwise",
        "Backend Engineer, Routing",
        19,
        [(SCREEN, 14), (INTERVIEW, 7)],
        resume=V3,
        salary=(65000, 75000, "GBP"),
        excitement=4,
        contacts=("Nadia Haddad",),
        interviews=[
            Iv(
                R.TECHNICAL,
                5,
                13,
                60,
                rating=3,
                went_well="Design part much better than before.",
                to_improve="Time-box the coding part.",
                thanks=False,
            ),
            Iv(R.PANEL, -6, 10, 90, interviewers=("Nadia Haddad",)),
        ],
    ),
    Plan(
        "Quartz Legal",
        "Python Engineer",
        16,
        [(SCREEN, 10)],
        resume=V3,
        salary=(60000, 70000, "GBP"),
    ),
    Plan(
        "Trellis",
        "Backend Engineer",
        15,
        [(SCREEN, 9)],
        resume=V3,
        work_mode=WorkMode.REMOTE,
        location="Remote (UK)",
        salary=(58000, 68000, "GBP"),
        source=Source.NETWORK,
    ),
    Plan(
        "Carebridge",
        "Software Engineer",
        11,
        [(SCREEN, 6)],
        resume=V3,
        salary=(60000, 70000, "GBP"),
    ),
    Plan(
        "Northwind Payments",
        "Backend Engineer, Risk Platform",
        9,
        [(SCREEN, 5)],
        resume=V3,
        salary=(70000, 80000, "GBP"),
        excitement=4,
        notes="Re-applied to a different team, four months after the first try.",
    ),
    Plan("Ledgerly", "Software Engineer", 8, resume=V3, salary=(65000, 75000, "GBP")),
    Plan(
        "Studio Kettle",
        "Backend Engineer (Online Services)",
        7,
        resume=V3,
        source=Source.COMPANY_SITE,
        salary=(60000, 70000, "GBP"),
        excitement=4,
    ),
    Plan(
        "Cinder Games",
        "Server Engineer",
        6,
        resume=V3,
        work_mode=WorkMode.ONSITE,
        location="Guildford",
        salary="£65-75k DOE",
    ),
    Plan("Lumen Energy", "Platform Engineer", 5, resume=V3, salary=(68000, 78000, "GBP")),
    Plan(
        "Brambly",
        "Backend Developer",
        4,
        resume=V3,
        source=Source.NETWORK,
        salary=(50000, 56000, "GBP"),
        excitement=4,
        notes="Lower pay, great mission.",
    ),
    Plan(
        "Greenfield Council Digital",
        "Senior Developer",
        3,
        resume=V3,
        source=Source.OTHER,
        seniority=Seniority.SENIOR,
        salary=(58000, 64000, "GBP"),
    ),
    Plan(
        "Helix Cloud",
        "Site Reliability Engineer",
        2,
        resume=V3,
        salary=(72000, 84000, "GBP"),
        notes="Second try at Helix, different team.",
    ),
    Plan(
        "Meadowlark Pay",
        "Backend Engineer",
        1,
        resume=V3,
        work_mode=WorkMode.REMOTE,
        location="Remote (EU)",
        salary=(75000, 85000, "EUR"),
    ),
    Plan(
        "Copperleaf Analytics", "Data Platform Engineer", 1, resume=V3, salary=(66000, 76000, "GBP")
    ),
    # --- The wishlist -------------------------------------------------------------------------
    Plan(
        "Aurora Maps",
        "Senior Backend Engineer",
        None,
        seniority=Seniority.SENIOR,
        saved=12,
        excitement=4,
        notes="Opens in January; ask Jonas about the team.",
    ),
    Plan("Bluebell Bank", "Software Engineer", None, saved=6),
    Plan("Granite Data", "Backend Engineer", None, saved=3, work_mode=WorkMode.REMOTE),
    Plan("Sparrow Health", "Staff Engineer", None, seniority=Seniority.LEAD, saved=2, excitement=5),
]
