"""The closed-class English words the extraction rules read: grammar, not domain data.

Actor names and relation cue phrases are data in the ontology; what stays here is the
small vocabulary of English that tells a clause's shape (prepositions, negation, hedges,
reporting verbs, titles of office).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words a full stop follows without ending the sentence ("Gen. Smith", "Nov. 8").
ABBREVIATIONS = _words(
    "mr mrs ms dr st gen lt col sen rep gov jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc co corp"
    " ltd jr sr prof maj capt adm amb govt approx hon rt"
)
DETERMINERS = _words("the a an this that these those any some all both")
# Compass words before a place's name: "in eastern DRC", "in Northern Iraq" name a part of it, still after "in".
COMPASS = _words(
    "eastern western northern southern central north-eastern north-western south-eastern south-western"
    " northeastern northwestern southeastern southwestern"
)
POSSESSIVE_PRONOUNS = _words("its his her their our my your")
PREPOSITIONS = _words(
    "of to for with against on in at from by toward towards into onto over about between among upon within"
    " without across through under like than including via despite around near beyond behind inside outside"
    " alongside"
)
# Words that open a new clause: a subject is never sought across them.
SUBORDINATORS = _words("while whereas although though because since unless after before when whether if until")
RELATIVE_PRONOUNS = _words("which who whom whose")
# Words that end the search for an object to the right of a cue.
OBJECT_STOPS = SUBORDINATORS | RELATIVE_PRONOUNS | _words("that but so as than")
# A full stop inside a sentence belongs to a number or an abbreviation, never ends a clause.
CLAUSE_PUNCTUATION = frozenset(",;:()?![]")
STRONG_PUNCTUATION = frozenset(";:?!")
QUOTES = frozenset("\"“”'‘’«»")
SUBJECT_PRONOUNS = _words("it he she we they")

NEGATIONS = _words(
    "not never denied denies deny denying refused refuses refuse refusing declined declines omitted omits"
    " without neither nor reluctance reluctant unwilling failed fails refrained refrains abstained abstains"
)
NEGATION_PREFIXES = _words("non")
# Words after "not" that make it a focus on what follows, not its negation ("not only", "and not least its war").
NOT_FOCUS = _words("only least just merely simply")
# Words that make the relation a possibility, a plan or a request rather than a fact.
HEDGES = _words(
    "could might may would should consider considers considered considering weigh weighs weighing mulling"
    " plan plans planned planning want wants wanted hope hopes hoped intend intends aim aims bid expected"
    " likely possible potential proposed suspected alleged threatened threatens threatening urged urges urge"
    " asked asks pressed unless whether need needs ready willing prepared eager poised can allegedly purportedly"
    " supposedly"
)
HEDGE_PHRASES = frozenset(
    (verb, particle) for verb in _words("call calls called calling") for particle in ("on", "for")
)
# Nouns of a statement: a participle after one is its author's act ("issued a statement condemning X").
STATEMENT_NOUNS = _words("statement statements communique communiqué declaration declarations letter message")
# Nouns of an agreement: welcoming one praises its parties ("welcomes the agreement between A and B").
AGREEMENT_NOUNS = _words("agreement agreements accord accords deal ceasefire truce treaty memorandum peace")
# Nouns of hearsay or falsehood: an act they tell of is not stated ("spread fake information that X supplied Y").
HEARSAY = _words(
    "fake fakes rumour rumours rumor rumors allegation allegations disinformation misinformation hoax speculation"
    " speculations fabrication fabrications pretext pretexts grounds"
)
# Verbs that presuppose the relation they make closer: in the future it holds already ("will deepen cooperation").
DEEPENINGS = _words("deepen strengthen enhance expand reinforce intensify broaden further")
# Verbs that do the act their object names ("launched the attack", "continues the war", "imposes the sanctions").
DOING_VERBS = _words(
    "launch launches launching wage wages waging continue continues continuing conduct conducts conducting"
    " begin begins beginning start starts starting escalate escalates intensify intensifies impose imposes imposing"
    " extend extends extending prolong prolongs renew renews expand expands maintain maintains keep keeps provide"
    " provides providing deliver delivers adopt adopts adopting announce announces introduce introduces is are was"
    " were be been carry carries out step up pursue pursues apply applies implement implements launched waged"
    " continued conducted began started escalated intensified imposed extended prolonged renewed expanded"
    " maintained kept provided delivered adopted announced introduced carried stepped pursued applied implemented"
    " involved committed perpetrated ordered unleashed approved agreed decided"
)
# Auxiliaries of the future: what follows is not yet done ("will face tougher sanctions").
FUTURE = _words("will shall")
# Words that open a condition: what follows is not stated as a fact ("As long as Iran funds attacks").
CONDITIONS = _words("if unless")
# Verbs that presuppose the relation they end or keep ("stopped supporting Ukraine": it did).
CESSATIONS = _words(
    "stop stops stopped stopping cease ceased end ended ending abandon abandoned abandoning drop dropped"
    " dropping halt halted lift lifted lifting suspend suspended resume resumed continue continued continues"
    " keep kept maintain maintained"
)
# Of those, the verbs that end it: stated as done ("the EU lifts its sanctions"), the relation no longer holds.
ENDINGS = _words(
    "stop stops stopped stopping cease ceased end ended ending abandon abandoned abandoning drop dropped dropping"
    " halt halted lift lifts lifted lifting suspend suspended"
)
# Nouns of ending that rule the cue after "of": "the lifting of the sanctions on Mali" ends them.
ENDING_NOUNS = _words("lifting removal repeal revocation")
# Participles that end the act a passive's subject names: "the embargo on Somalia was lifted".
ENDED = _words("lifted ended removed repealed revoked halted dropped")
# Verbs that take part in the act their prepositional object names: a negation before them denies it ("did not
# engage in its attacks"); before any other verb and a preposition, "its" noun is presupposed ("does not prevail in
# its war": the war is waged).
ENGAGEMENTS = _words(
    "engage engages engaged engaging participate participates participated participating part join joins joined"
    " joining involved involve involves persist persists persisted"
)
BE_AUXILIARIES = _words("is are was were be been being")
ADVERBS = _words(
    "also already reportedly repeatedly allegedly widely formally now still again later notably consistently"
    " often so far recently previously openly publicly sharply strongly only jointly has have had long"
)
PARTICIPLE_IRREGULARS = _words("struck hit shot sent held led won beaten")


# Reporting verbs: who says what. Multi-word ones are joined with "_".
def _verbs(text: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(verb.split("_")) for verb in text.split())


# Verbs that may introduce a reported clause without "that" ("the assessment indicates Putin would").
SAYING_VERBS = _verbs(
    "said says say saying told tells telling stated states added adds adding noted notes noting wrote writes"
    " reported reports argued argues arguing insisted insists insisting indicated indicates suggested suggests"
    " assessed assesses concluded concludes observed explained stressed stresses stressing emphasised emphasized"
    " points_out pointed_out emphasize emphasizes emphasise emphasises reiterate reiterates reiterated underline"
    " underlines underlined underscore underscores underscored recall recalls recalled acknowledge acknowledges"
    " acknowledged recognise recognises recognize recognizes"
)
# Verbs that also take a plain object ("announced sanctions"): reporting only before "that" or a quote.
ANNOUNCING_VERBS = _verbs("announced announces claimed claims asserted asserts declared declares confirmed confirms")
DENIALS = _words("denied denies denying")
ACCUSATIONS = _words("accused accuses accusing alleged alleges")
REPORTING_VERBS = SAYING_VERBS | ANNOUNCING_VERBS | _verbs(" ".join(DENIALS | ACCUSATIONS))
PARTICIPIAL_REPORTING = _words("saying adding noting arguing claiming insisting stressing denying")
# Nouns that refer back to a report already named ("the report states that").
REPORT_NOUNS = _words("report assessment analysis study paper update brief")

# Titles of office and organs of state: "Russian President", "Chinese foreign ministry spokesperson".
LEADER_TITLES = frozenset(
    {
        "president",
        "president-elect",
        "prime minister",
        "premier",
        "chancellor",
        "king",
        "queen",
        "emir",
        "leader",
        "supreme leader",
    }
)
OFFICE_WORDS = _words(
    "president elect vice prime minister ministers ministry foreign defence defense interior finance policy"
    " secretary general state chancellor king queen emir crown prince supreme leader leaders premier ambassador"
    " envoy spokesman spokeswoman spokesperson government officials official authorities military armed forces troops"
    " army navy air force coast guard naval royal mission delegation diplomat diplomats lawmakers parliament chief head commander rulers junta"
    " regime administration embassy department office cabinet senate congress council commission presidency"
    " counterpart representative representatives high treasury negotiators top acting members people chairperson chairman"
    " chairwoman chairmanship affairs side"
)
FORMER_WORDS = _words("former ex late then")
# Words between a speaker and the verb: "Iran on Tuesday denied", "the Kremlin said on 7 November".
DATE_WORDS = _words(
    "on last this week today yesterday earlier monday tuesday wednesday thursday friday saturday sunday january"
    " february march april may june july august september october november december morning afternoon evening"
    " night"
)
# Nouns that name an act and can refer back to it ("condemned the attack").
EVENT_NOUNS = _words("attack attacks invasion offensive strike strikes sanctions war aggression bombing shelling")
# Nouns of violence whose place is named after "in": condemning "the coup attempt in Niger" or "the bombing in
# Kabul" condemns no one the place names.
VIOLENCE_NOUNS = _words(
    "coup coups attempt attempts attack attacks bombing bombings explosion explosions blast blasts assassination"
    " assassinations killing killings massacre massacres shooting shootings kidnapping kidnappings hostage-taking"
)
# Nouns of a change made to a body: a demand for "the reform of the UN" is about the body, not made of it.
REFORM_NOUNS = _words(
    "reform reforms overhaul restructuring enlargement expansion democratisation democratization modernisation"
    " modernization revitalisation revitalization"
)
# Words of holding to account: the acts "for" which are the accused's, never the accuser's ("seeks criminal liability
# for repression and support for Russia", "justice for the attacks on Georgia").
ACCOUNTABILITY = _words(
    "liability liable accountability accountable responsibility responsible justice punishment punished punish"
    " prosecution prosecuted compensation reparations impunity"
)
# Verbs that take on another's measures as one's own ("adopted the EU sanctions", "aligned itself with").
ADOPTIONS = _words(
    "adopt adopts adopted adopting implement implements implemented implementing apply applies applied applying"
    " enforce enforces enforced enforcing mirror mirrors mirrored mirroring transpose transposes transposed"
    " align aligns aligned aligning join joins joined joining"
)
# Nouns of a body's act or meeting that one joins without joining the body ("joined the NATO summit").
JOINED_NOUNS = _words(
    "summit meeting mission operation operations effort efforts initiative statement declaration exercise exercises"
    " talks negotiations call calls appeal mechanism programme program force forces coalition position"
)
# Nouns of conduct that, after "this" or "these", refer back to the latest attack ("we condemn this behaviour").
CONDUCT_NOUNS = _words("behaviour behavior conduct act acts actions")
# Whom a state welcomes as guests, not as an act it praises ("welcomed Ukrainian refugees",
# "welcomed China's foreign minister to Tokyo"), with the office words.
GUEST_NOUNS = _words(
    "refugees refugee people nationals citizens visitors visitor guests guest delegation delegations"
    " students workers migrants tourists troops soldiers leaders counterpart counterparts"
)
# Summoning one's own envoy ("summoned its ambassador to France for consultations") is no protest.
SUMMON_CUES = frozenset((w,) for w in _words("summon summons summoned"))
# Calling on a person without asking anything of them ("called on Prime Minister X today") is a courtesy call.
VISIT_CUES = frozenset((w, "on") for w in _words("call calls called calling"))
OWN_POSSESSIVES = _words("its their our his her my")
# Nouns of a quality or a part played that praise of them praises their owner ("tribute to the courage of X").
QUALITY_NOUNS = _words(
    "courage resilience bravery heroism determination resolve steadfastness perseverance leadership efforts role"
    " contribution contributions generosity hospitality dedication commitment spirit efficiency preparedness"
    " professionalism readiness achievement achievements resistance endurance"
)
# A statement's verdict stated with a copula: "X's launches are absolutely unacceptable" criticises X; "Y is a
# strong and capable partner" praises Y.
CONDEMNATORY = _words(
    "unacceptable unlawful illegal deplorable reprehensible outrageous irresponsible unjustifiable abhorrent"
    " inexcusable intolerable regrettable illegitimate"
    " unfounded baseless groundless"  # of another's words: "called Ukraine's claims unfounded"
)
LAUDATORY = _words("strong capable reliable trusted valued steadfast staunch indispensable invaluable close great")
VIOLATION_NOUNS = _words("violation violations breach breaches affront")
PARTNER_NOUNS = _words("partner partners ally allies friend friends")
COPULAS = _words("is are was were remains remain")
# Passives of doing that name an act's agent after "by" ("the attack ... was carried out by X").
AGENT_PARTICIPLES = frozenset(
    tuple(p.split("_"))
    for p in _words("carried_out launched perpetrated committed conducted orchestrated claimed executed staged")
)
