"""Words the synthetic world is made of: names of people, blocs and outlets, and quote templates.

Everything here is fictional except the relation types; the ``.example`` domains are reserved
for documentation (RFC 2606), so no generated URL points at a real site.
"""

from __future__ import annotations

# The share of claims of each relation type, in percent. Event data (GDELT, ICEWS, POLECAT) is
# dominated by consultation, cooperation and verbal conflict; material conflict (sanctions,
# attacks) is a few percent of it.
RELATION_MIX: dict[str, float] = {
    "cooperatesWith": 28.0,
    "criticises": 18.0,
    "praises": 12.0,
    "supports": 11.0,
    "opposes": 8.0,
    "demandsOf": 7.0,
    "threatens": 4.0,
    "sanctions": 3.0,
    "attacks": 3.0,
    "formsBlocWith": 2.0,
    "seeksResetWith": 2.0,
    "memberOf": 2.0,
}

# The states that news mentions most, in the order of how often; the rest follow at random.
MAJOR_STATES = (
    "united-states",
    "russia",
    "china",
    "ukraine",
    "iran",
    "israel",
    "united-kingdom",
    "france",
    "germany",
    "india",
    "north-korea",
    "turkiye",
    "japan",
    "poland",
    "saudi-arabia",
    "pakistan",
    "brazil",
    "south-africa",
    "syria",
    "belarus",
)

FIRST_NAMES = (
    "Amara", "Boris", "Chen", "Dalia", "Emeka", "Farida", "Goran", "Hana", "Idris", "Jana",
    "Kofi", "Lena", "Marek", "Nadia", "Oleg", "Priya", "Qasim", "Rosa", "Sergei", "Tamar",
    "Umar", "Vera", "Wei", "Ximena", "Yusuf", "Zofia", "Anil", "Beatriz", "Cyrus", "Dmitri",
    "Elif", "Fatou", "Gustavo", "Hiroshi", "Ines", "Jomo", "Kalinda", "Luka", "Mina", "Nikos",
    "Olga", "Pavel", "Rania", "Sanjay", "Tomas", "Ulla", "Viktor", "Wanjiru", "Yara", "Zoran",
)  # fmt: skip

SURNAME_HEADS = (
    "Kor", "Vel", "Ashr", "Bal", "Dun", "Esk", "Far", "Gol", "Hal", "Ivan", "Jar", "Kas", "Lom",
    "Mar", "Nov", "Ost", "Pet", "Rad", "Sar", "Tal", "Ulr", "Var", "Wen", "Yas", "Zel", "Bren",
)  # fmt: skip
SURNAME_TAILS = (
    "ova", "enko", "ani", "ev", "ski", "ura", "ez", "ic", "ado", "ine", "ström", "oglu", "ides",
    "ham", "ner", "ati", "ov", "ier", "sen", "wa", "ando", "escu", "an", "ori", "ek", "is",
)  # fmt: skip

BLOC_ADJECTIVES = (
    "Northern", "Southern", "Eastern", "Western", "Central", "Atlantic", "Pacific", "Arctic",
    "Coastal", "Continental", "Highland", "Riverine", "Desert", "Island", "Equatorial", "Alpine",
    "Steppe", "Gulf", "Lakes", "Horn",
)  # fmt: skip
BLOC_THEMES = (
    "Security", "Trade", "Energy", "Maritime", "Development", "Monetary", "Defence", "Water",
    "Grain", "Transit", "Mineral", "Digital", "Health", "Climate", "Fisheries", "Border",
)  # fmt: skip
BLOC_NOUNS = (
    "Council", "Pact", "Union", "Compact", "Forum", "Alliance", "Community", "Partnership",
    "Initiative", "League", "Accord", "Group", "Concert", "Commission", "Dialogue",
)  # fmt: skip

OUTLETS = (
    ("Global Wire", "globalwire.example"),
    ("The Meridian Post", "meridianpost.example"),
    ("Eastern Dispatch", "easterndispatch.example"),
    ("Atlas News Agency", "atlasnews.example"),
    ("The Continental Herald", "continentalherald.example"),
    ("Harbour Times", "harbourtimes.example"),
    ("Frontline Monitor", "frontlinemonitor.example"),
    ("The Policy Ledger", "policyledger.example"),
    ("Northern Observer", "northernobserver.example"),
    ("Southern Chronicle", "southernchronicle.example"),
    ("World Affairs Daily", "worldaffairsdaily.example"),
    ("The Strategic Review", "strategicreview.example"),
    ("Capital Briefing", "capitalbriefing.example"),
    ("Open Source Watch", "osw.example"),
    ("The Diplomatic Courier Weekly", "dcweekly.example"),
    ("Crisis Tracker", "crisistracker.example"),
    ("Regional Affairs Bulletin", "rab.example"),
    ("Terra Press", "terrapress.example"),
    ("The Evening Signal", "eveningsignal.example"),
    ("Monitor of Conflict and Cooperation", "mcc.example"),
)

TOPICS = (
    "energy security", "grain exports", "port infrastructure", "cyber defence", "nuclear safety",
    "counter-terrorism", "migration", "debt relief", "rare-earth supply chains", "vaccine production",
    "border demarcation", "river water sharing", "satellite launches", "air defence",
    "fisheries quotas", "a free-trade agreement", "military training", "humanitarian corridors",
    "electricity interconnection", "arms control", "customs procedures", "pipeline transit fees",
)  # fmt: skip
ISSUES = (
    "its treatment of opposition figures", "the detention of journalists", "violations of the ceasefire",
    "interference in the elections", "its support for armed groups", "illegal fishing in disputed waters",
    "the expulsion of diplomats", "cyber attacks on government networks", "the blockade of the port",
    "missile tests near the border", "human-rights abuses in the north", "the seizure of a tanker",
    "its failure to pay arrears", "the closure of the border crossing", "disinformation campaigns",
)  # fmt: skip
MERITS = (
    "its mediation between the parties", "the release of prisoners", "its humanitarian assistance",
    "the peaceful conduct of the elections", "its restraint during the crisis", "the new debt agreement",
    "its contribution to the peacekeeping mission", "the reopening of the embassy", "the grain deal",
)  # fmt: skip
DEMANDS = (
    "withdraw its troops from the border area", "release the detained sailors", "halt the missile programme",
    "reopen the border crossing", "pay compensation for the damage", "hand over the suspects",
    "end its support for the rebels", "return to the negotiating table", "lift the trade restrictions",
)  # fmt: skip
CONSEQUENCES = (
    "a firm response", "severe economic consequences", "retaliatory measures", "the suspension of talks",
    "military action", "the expulsion of its ambassador", "new tariffs",
)  # fmt: skip
SECTORS = ("banks", "energy companies", "defence industry", "shipping firms", "technology exports", "officials")
PLACES = (
    "at a press conference", "in a televised address", "after talks in the capital", "in a written statement",
    "at the summit", "on the sidelines of the General Assembly", "in an interview with state media",
    "during a visit to the region", "in a post on social media", "at a joint briefing",
)  # fmt: skip
WHEN = ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday", "overnight")
SPEAKERS = (
    "the foreign ministry", "a government spokesperson", "the prime minister's office", "the defence minister",
    "the president's office", "a senior official", "the ambassador", "the presidency",
)  # fmt: skip
BACKGROUND = (
    "The statement follows months of tension over {topic}.",
    "Relations have been strained since talks on {topic} collapsed.",
    "Analysts said the move reflects a broader shift in the region.",
    "The two sides last met at a ministerial meeting on {topic}.",
    "Officials did not give further details.",
    "Diplomats said a follow-up meeting on {topic} is expected within weeks.",
    "The announcement came hours after an emergency session of the cabinet.",
    "Observers expect the issue to dominate the next regional summit.",
)

# One or more ways news states each relation; {s} and {o} are the actors' labels.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "cooperatesWith": (
        "{s} and {o} agreed to deepen cooperation on {topic}",
        "{s} signed a memorandum of understanding with {o} on {topic}",
        "officials from {s} and {o} held a new round of talks on {topic}",
        "{s} and {o} launched a joint working group on {topic}",
    ),
    "criticises": (
        "{s} criticised {o} over {issue}",
        "{s} accused {o} of {issue}",
        "{s} sharply condemned {o} for {issue}",
    ),
    "praises": (
        "{s} praised {o} for {merit}",
        "{s} welcomed {merit} by {o}",
        "{s} thanked {o} for {merit}",
    ),
    "supports": (
        "{s} pledged support for {o} on {topic}",
        "{s} announced a new aid package for {o} covering {topic}",
        "{s} backed {o} in its dispute over {topic}",
    ),
    "opposes": (
        "{s} rejected the proposal of {o} on {topic}",
        "{s} said it opposes the position of {o} on {topic}",
        "{s} voted against the resolution tabled by {o} on {topic}",
    ),
    "demandsOf": (
        "{s} demanded that {o} {demand}",
        "{s} called on {o} to {demand}",
    ),
    "threatens": (
        "{s} warned {o} of {consequence} if it did not {demand}",
        "{s} threatened {o} with {consequence} over {issue}",
    ),
    "sanctions": (
        "{s} imposed sanctions on {o} over {issue}",
        "{s} announced export controls on the {sector} of {o}",
        "{s} froze the assets of {o}'s {sector}",
    ),
    "attacks": (
        "forces of {s} struck military targets in {o}",
        "{s} launched drone and missile strikes against {o}",
        "troops of {s} crossed into territory held by {o}",
    ),
    "formsBlocWith": (
        "{s} and {o} announced a strategic partnership to counter Western pressure",
        "{s} and {o} pledged to coordinate their positions against common rivals on {topic}",
    ),
    "seeksResetWith": (
        "{s} signalled it wants to reset relations with {o} after years of tension over {topic}",
        "{s} proposed a fresh start in its relations with {o}",
    ),
    "memberOf": (
        "{s} formally joined {o}",
        "{s} took its seat as a full member of {o}",
    ),
}

# Headlines of the source documents, by the relation of their first claim.
HEADLINES: dict[str, str] = {
    "cooperatesWith": "{s} and {o} deepen ties",
    "criticises": "{s} criticises {o}",
    "praises": "{s} praises {o}",
    "supports": "{s} backs {o}",
    "opposes": "{s} rejects {o} proposal",
    "demandsOf": "{s} presses {o}",
    "threatens": "{s} warns {o}",
    "sanctions": "{s} sanctions {o}",
    "attacks": "{s} strikes {o}",
    "formsBlocWith": "{s} and {o} close ranks",
    "seeksResetWith": "{s} seeks reset with {o}",
    "memberOf": "{s} joins {o}",
}
