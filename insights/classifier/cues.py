"""Polarity cues: words that say whether the nearby theme is praised or faulted.

Cues are theme-agnostic. The engine attaches each theme mention to the nearest
cue in its clause, so a cue only needs to say *good*, *bad* or *denied*.
Patterns are written in lower case and matched at word starts of the lower-cased
text, whose curly quotes and dashes have been straightened (see segment.py and
matcher.py). A lookbehind needs its own \\b: "(?<!\\bas )well", not "(?<!as )well",
which "was well" would trip.
"""

import re

# Praise. Kept to words that, in feedback, nearly always judge the candidate.
PRAISE = [
    r"excellent",
    r"(?:highly |very )?relevant",
    r"perfect",
    r"extensive",
    r"real range",
    r"stunning",
    r"gorgeous",
    r"stellar",
    r"exemplary",
    r"remarkable",
    r"first[- ]rate",
    r"struck by",
    r"(?:very |really )?taken with",
    r"breath of fresh air",
    r"the most (?:prepared|impressive|knowledgeable|convincing|articulate|polished|thoughtful)",
    r"(?:there is|there's|there was) no (?:question|doubt)",
    r"(?:went|go|gone) (?:down )?(?:really |very )?well",
    r"(?:top|high) marks",
    r"head and shoulders",
    r"on point",
    r"spot-on",
    r"top-class",
    r"stood out",
    r"hugely",
    r"back to front",
    r"inside and out",
    r"accurate(?:ly)?",
    r"precise(?:ly)?",
    r"delighted",
    r"well[- ]honed",
    r"spot on",
    r"carefully",
    r"accomplished",
    r"proficient",
    r"adept",
    r"skil(?:l)?ful(?:ly)?",
    r"talented",
    r"sound",
    r"robust",
    r"rigorous",
    r"well-rounded",
    r"commendable",
    r"exceeded",
    r"above and beyond",
    r"valued",
    r"pleased (?:with|by)",
    r"happy with",
    r"in abundance",
    r"plenty of",
    r"wealth of",
    r"in spades",
    r"big plus",
    r"credible",
    r"convincing",
    r"persuasive",
    r"excelled",
    r"strong suit",
    r"high standard",
    r"of a high",
    r"enthusiastic",
    r"knowledgeable",
    r"passionate",
    r"motivated",
    r"valuable",
    r"decent",
    r"exceptional",
    r"outstanding",
    r"superb",
    r"terrific",
    r"fantastic",
    r"brilliant(?:ly)?",
    r"great",
    r"really good",
    r"very good",
    r"good",
    r"strong(?:est|ly)?",
    r"impress(?:ed|ive|ively)",
    r"impressed (?:by|with)",
    r"solid",
    r"polished",
    r"sharp",
    r"top drawer",
    r"top-notch",
    r"first[- ]class",
    r"spot on",
    r"bang on",
    r"exactly",
    r"a (?:real )?(?:highlight|standout|plus|strength|asset)",
    r"stand-?out",
    r"st(?:ood|ands) out",
    r"shone(?: through)?",
    r"shines?",
    r"loved",
    r"love(?:d|s)? (?:how|that|your)",
    r"(?:really |very )?like[ds]? (?:how|that|your)",
    r"enjoyed (?:how|your)",
    r"(?:rated|regarded) (?:you |your \w+ )?highly",
    r"praised",
    r"beautiful(?:ly)?",
    r"clear(?:ly)?",
    r"crisp",
    r"concise",
    r"articulate",
    r"confident(?:ly)?",
    r"fluent(?:ly)?",
    r"thorough(?:ly)?",
    r"thoughtful",
    r"well[- ](?:structured|researched|prepared|reasoned|thought[- ]through|presented|judged|"
    r"organi[sz]ed|argued|written|paced|put|handled)",
    r"well (?:inside|within)",
    r"comfortably",
    r"in line with",
    r"within (?:our|their|the|your) (?:range|band|budget|bracket|expectations)",
    r"sensible",
    r"compelling",
    r"engaging",
    r"insightful",
    r"creative",
    r"capable",
    r"evident",
    r"obvious(?:ly)?",
    r"real (?:command|depth|assurance|confidence|presence)",
    r"among the (?:best|strongest)",
    r"the (?:best|strongest)",
    r"second to none",
    r"inside out",
    r"no question (?:that )?you",
    r"there's no question",
    r"no doubt (?:that )?you",
    r"nobody could say",
    r"smashed",
    r"nailed",
    r"crushed",
    r"aced",
    r"held (?:my|your|their) own",
    r"went (?:really |very )?well",
    r"went great",
    r"paid off",
    r"appreciated",
    r"positive",
    r"infectious",
    r"genuine(?:ly)?",
    r"warm(?:th|ly)?",
    r"easy to (?:work|talk)",
    r"personable",
    r"likable",
    r"lovely",
    # "we are keen to keep your CV on file" is the employer's keenness.
    r"(?<!\bwe are )(?<!\bwe're )(?<!\bwe were )(?<!\bthey are )(?<!\bthey're )"
    r"(?<!\bthey were )keen(?! to (?:understand|hear|know|learn more|explore|see|find out|find|"
    r"hire|recruit|appoint|get|bring|take))",
    r"hunger",
    r"passion(?:ate)?",
    r"suits? (?:us|them|the)",
    r"works? (?:for|fine)",
    r"fine",
    r"reasonable",
    r"agreed",
    r"fit(?:ted|s)? (?:right in|in well|well|brilliantly|perfectly|nicely)",
    r"would fit",
    r"slot into",
    r"great (?:match|fit)",
    r"calm(?:ly)?",
    r"composed",
    r"assurance",
    r"poise",
    r"command of",
    r"deep",
    r"expert(?:ise)?",
    r"skilled",
    r"did (?:a )?(?:great|good|well)",
    r"best",
    r"without being asked",
    r"enjoyed working",
    r"nicely",
    r"(?<!\bas )well(?! as| north| above| over| beyond| below| short| off| out| past)",
    r"flowed",
    r"real (?:\w+ )?(?:depth|command|flair|talent|skill)",
    # rules-1.2: informal and recruiter praise.
    r"fab(?:ulous)?",
    r"amazing",
    r"awesome",
    r"wonderful",
    r"phenomenal",
    r"counts? for (?:a lot|a great deal|plenty|so much)",
    # "knew the Java stuff cold" knows it thoroughly; "cold" alone is a fault.
    r"(?:knew|know|knows|knowing) (?:[\w-]+ ){0,4}cold",
    r"goes? a long way",
    r"(?:just|exactly|precisely) what (?:we're|we are|they're|they are|we were|they were) "
    r"(?:after|looking for|wanted|need|needed)",
    r"(?:right |squarely |comfortably )?in the middle of",
]

# rules-1.4: praise for examples and answers in the words feedback uses for them, said of
# them ("your examples were specific", "detailed and results-focused"), not asked for ("we
# wanted a detailed plan").
PRAISE += [
    r"(?:was|were|is|are|very|really|admirably|refreshingly|impressively|always) "
    r"(?:specific|detailed)\b(?! enough)",
    r"(?:specific|detailed) and (?:[\w-]+ )?(?:results-focused|quantified|measurable|clear|"
    r"well[- ]\w+)",
    r"the most (?:detailed|specific)",
    r"well[- ]quantified",
    r"results-(?:focused|driven|oriented)",
]

# Fault. Words and phrases that say something was missing, weak or went badly.
FAULT = [
    # Hedged criticism: "a little light on", "not quite where it needs to be".
    r"(?:a (?:little|bit|touch) |rather |somewhat |slightly |quite |fairly )?light (?:on|for|in)",
    r"(?:a (?:little|bit|touch) |rather |somewhat |slightly )light",
    r"(?:a (?:little|bit|touch) |rather |somewhat |slightly )?underpowered",
    r"(?:(?:is|was|are|were)n't|not) (?:quite |yet |really )?where (?:it|they|we|you|i) "
    r"(?:needs?|needed|want(?:ed)?|would like) (?:it |them )?to be",
    r"(?:(?:is|was|are|were)n't|not) (?:quite |yet |really )?(?:at|to) the (?:level|standard)",
    r"less (?:comfortable|confident|convincing|sure|assured|experienced|familiar|secure|"
    r"developed|strong|polished|fluent|clear|persuasive|detailed|assured)",
    r"(?:still )?finding (?:your|my|their|his|her) feet",
    r"hand-holding",
    r"(?:significant|a lot of|considerable|extra|additional) support",
    r"nowhere near",
    r"way off",
    r"off the pace",
    r"(?:a )?disaster",
    r"fell apart",
    r"fall apart",
    r"overth(?:ought|ink\w*)",
    r"over-?complicat\w*",
    r"(?:had|have) hoped (?:for|to see|to hear|you would|you'd|that you)",
    r"were hoping (?:for|to see|to hear)",
    r"(?:would|we'd|i'd|they'd|she'd|he'd) (?:also |really |certainly |ideally )?have "
    r"(?:liked|wanted|hoped|expected)",
    r"(?:would|we'd|they'd) have preferred",
    r"(?:needs?|needed|requires?|required) (?:further|more) (?:work|development|practice|depth)",
    r"not (?:quite )?(?:as|so) \w+ as",
    r"(?:wasn't|weren't|not|isn't) (?:entirely |fully |quite |really )?"
    r"(?:convinced|persuaded|sure|clear)",
    r"uneasy",
    r"unfocused",
    r"wobbly",
    r"clunky",
    r"awkward",
    r"(?:didn't|did not|don't) (?:really )?(?:come through|land|convince|persuade|stick)",
    r"too early",
    r"the (?:deciding|decisive) factor",
    r"tipped it",
    r"stumbl\w+",
    r"tank(?:ed)?",
    r"flunk\w*",
    r"nothing recent",
    r"not recent",
    r"once you(?:'ve| have)? (?:gained|got|built|developed|had|completed|finished|obtained|"
    r"achieved)",
    r"car crash",
    r"(?:couldn't|could not|didn't) crack",
    r"no answers",
    r"needs? (?:more |some |a bit of )?polish(?:ing)?",
    r"would have been (?:stronger|better|more)",
    r"under-?developed",
    r"(?:at an? )?(?:very )?early stage",
    r"early days",
    r"out of date",
    r"outdated",
    r"(?:didn't|did not|don't) have an answer",
    r"no answer",
    r"wall of",
    r"fumbl\w+",
    r"flubb\w+",
    r"botch\w+",
    r"made a (?:hash|mess|meal) of",
    r"(?:screwed|cocked|mucked) up",
    r"came down to",
    r"it would have helped",
    r"inaccurac\w+",
    r"(?:very|too|so|relatively|rather) little",
    r"(?:saw|seen|see|heard|hear|had) (?:very |relatively )?little",
    r"lack(?:s|ed|ing)?",
    r"lacked depth",
    r"hands-off",
    r"misread",
    r"not (?:yet )?secure",
    r"need(?:s|ed)? (?:significant |some |a lot of )?(?:updating|refreshing)",
    r"choppy",
    r"inflexible",
    r"went to pieces",
    r"rigid",
    r"benefit from (?:developing|gaining|more|further)",
    r"only got through",
    r"got through half",
    r"beginner(?: level)?",
    r"buzzwords",
    r"(?:not much|lacked|no real) substance",
    r"slow",
    r"need (?:significant |extensive |a lot of |more )?training",
    r"not sufficiently",
    r"relied (?:heavily )?on",
    r"few",
    r"buried",
    r"mixed up",
    r"frustrated",
    r"inadequate",
    r"underwhelming",
    r"disappointing",
    r"fell flat",
    r"missed the mark",
    r"off the mark",
    r"not quite there",
    r"not there yet",
    r"unconvincing",
    r"confus(?:ed|ing)",
    r"muddled",
    r"inconsistent",
    r"sloppy",
    r"careless",
    r"rushed",
    r"incomplete",
    r"inaccurate",
    r"incorrect",
    r"(?:had|have|has) trouble",
    r"hard time",
    r"room for improvement",
    r"(?:area|areas) (?:for|of|to) develop\w*",
    r"development areas?",
    r"needs? (?:to )?(?:improve|develop|strengthen|build)",
    r"could (?:have been|be) stronger",
    r"not as strong",
    r"less strong",
    r"absence of",
    r"no evidence",
    r"little evidence",
    r"didn't come (?:through|across)",
    r"red flag",
    r"question marks?",
    r"uncertain",
    r"thrown",
    r"floundered",
    r"too (?:much|little|many|few)",
    r"(?:still )?working towards",
    r"conversational",
    r"schoolboy",
    r"not always",
    r"uncomfortable",
    r"(?:would )?encourage you to",
    r"more concise",
    r"work on",
    r"cluttered",
    r"got lost",
    r"threshold",
    r"holding (?:you|me) back",
    r"unrealistic",
    r"risky",
    r"patchy",
    r"shaky",
    r"sketchy",
    r"superficial",
    r"surface[- ]level",
    r"shallow",
    r"need(?:s|ed)? (?:development|developing|work)",
    r"didn't stand up",
    r"marked (?:me|you) down",
    r"not enough",
    r"insufficient(?:ly)?",
    r"weak(?:er|ness(?:es)?)?",
    r"thin",
    r"poor(?:ly)?",
    r"basic",
    r"limited",
    r"struggl\w*",
    r"below",
    r"short of",
    r"concerns?",
    r"concerned",
    r"worr(?:y|ied|ies)",
    r"doubts?",
    r"hesita\w*",
    r"reservations?",
    r"gaps?",
    r"missing",
    r"missed",
    r"without",
    r"unclear",
    r"vague(?:ly)?",
    r"wrong",
    r"a mess",
    r"messy answer",
    r"mess(?:ed)? up",
    r"badly",
    r"bad",
    r"rough",
    r"bombed",
    r"blank(?:ed)?",
    r"went blank",
    r"froze",
    r"forgot",
    r"no idea",
    r"unsure",
    r"not sure",
    r"wasn't sure",
    r"weren't sure",
    r"not convinced",
    r"weren't convinced",
    r"wasn't convinced",
    r"unconvinced",
    r"the catch",
    r"the snag",
    r"the sticking point",
    r"sticking point",
    r"the (?:only )?(?:issue|problem)",
    r"the gap",
    r"fell down",
    r"fell short",
    r"fell below",
    r"let (?:you|me) down",
    r"pause",
    r"from scratch",
    r"caught (?:you|me) out",
    r"tripped",
    r"rusty",
    r"need(?:s|ed)? (?:further )?development",
    r"needs? (?:work|developing|improvement)",
    r"too \w+",
    r"overly",
    r"instead of",
    r"rather than",
    r"in theory",
    r"theoretical",
    r"generic",
    r"general",
    # "the difficult-customer role play", "a difficult caller": the situation, not
    # a verdict.
    r"difficulty",
    r"difficult(?![- ](?:customers?|clients?|patients?|callers?|parents?|"
    r"stakeholders?|situations?|colleagues?|people|members|guests?|tenants?|behaviou?rs?|"
    r"questions? (?:well|calmly|confidently|brilliantly)))",
    r"hard to",
    r"unable",
    r"failed",
    r"fluffed",
    r"stumbled",
    r"went nowhere",
    r"tangled",
    r"threw (?:me|you)",
    r"lost",
    r"never",
    r"neither",
    r"nor",
    r"barely",
    r"hardly",
    r"only ever",
    r"not yet",
    r"yet to",
    r"more evidence",
    r"would have liked",
    r"we'd like to have seen",
    r"would like to see",
    r"mistakes?",
    r"errors?",
    r"typos?",
    r"undersold",
    r"undersells?",
    r"cold",
    r"rambl\w*",
    r"off[- ]topic",
    r"off the point",
    r"off track",
    r"not (?:quite )?ready",
    r"not up to",
    r"wasn't up to",
    r"out of (?:my|your|their) depth",
    r"over(?:ran| ran)",
    r"ran (?:way )?over",
    r"flat",
    r"sank",
    r"nothing",
    r"zero",
    r"none",
    r"panick?(?:ed)?",
    r"an issue",
    r"a problem",
    r"a flag",
    r"raised a flag",
    r"not familiar",
    r"unfamiliar",
    r"tough",
    r"harder",
    r"didn't (?:land|work)",
    r"came up short",
    r"misjudg\w*",
    r"wish i'd",
    r"wish i had",
    r"should(?:'ve| have)",
    r"shouldve",
    r"leaned heavily",
    r"what this role needs",
    r"what (?:we|they) (?:need|needed|wanted)",
    # rules-1.2: generic fault cues that fresh feedback uses with any theme.
    r"(?:un|poorly |badly |loosely )structured",
    r"disorgani[sz]ed",
    r"haphazard",
    r"scattershot",
    r"piecemeal",
    r"(?:got |get |getting |was |were |became )?stuck",
    # "new to the charity sector", "relatively new to line management".
    r"(?:relatively |fairly |quite |very |completely |brand |still )?new to",
    r"(?:new|unfamiliar|uncharted) (?:territory|ground)",
    # "a lot about what the team did but little about the difference you made".
    r"(?<!\ba )little (?:about|on|of|in the way of)",
    r"at odds",
    r"(?:didn't|did not|doesn't|does not) hold (?:together|up|water)",
    r"gibberish",
    # The candidate's own verdict on a moment: "in hindsight not a great look", "cringe".
    r"(?:in|with) hindsight",
    r"not (?:a )?(?:great|good) look",
    r"(?:a )?bad look",
    r"rookie (?:error|mistake)",
    r"cringe\w*",
    r"facepalm",
    r"embarrass\w*",
    r"no clue",
    r"not a clue",
    r"clueless",
    r"(?:and )?it (?:really )?showed",
    r"reluctant",
    # "a minimum of five years", "C1 minimum": a bar the candidate is measured against.
    r"minimum(?! wage)",
    # "your experience is mostly in smaller firms": a narrow record is the shortcoming.
    r"(?:mostly|mainly|largely|primarily|predominantly|almost entirely|exclusively) (?:in|at|"
    r"with|on|about|from|been|around|within)",
    # "could have been more succinct": the whole phrase is the fault, so the praise
    # word inside it ("succinct", "concise") is not read on its own.
    r"could (?:have been|be|have done with|do with) (?:a (?:bit|little|lot|touch|tad) |much |far |"
    r"slightly |somewhat )?(?:more|less) [\w-]+",
    # "earlier in your career than we were looking for": short of a stated need.
    r"than (?:we|they|the role|the job|this role|the post|the team) (?:were |was |are |is )?"
    r"(?:looking for|need(?:s|ed)?|want(?:ed)?|require[sd]?|expected|hoped|had hoped)",
]

# rules-1.3: plain verdict words feedback uses for a middling performance.
FAULT += [
    r"uneven",
    r"(?:a bit |rather |quite |very |pretty )mixed",
    r"(?:only |just |fairly |pretty |rather |a bit |quite |very |distinctly |merely |below )"
    r"average",
    r"mediocre",
    r"disorgani[sz]ed",
    r"disjointed",
    r"sparse",
    r"lightweight",
    r"(?:a bit |a little |rather |quite |very |somewhat |slightly |feels? |felt |looked |looks )"
    r"dated",
    r"rudimentary",
    r"(?:quite |rather |very |fairly |pretty |a bit |too )elementary",
    r"questionable",
    r"iffy",
    r"spotty",
    r"hit[- ]and[- ]miss",
    r"so-so",
    r"middling",
    r"flaky",
    r"rop(?:e)?y",
    r"lackl?ustre|lackluster",
    r"bland",
    r"(?:a bit |a little |well |rather |somewhat |slightly |still |quite )?behind (?:where|the "
    r"curve|the level|what)",
    r"(?:a bit|a little|well|rather|somewhat|slightly|still|way) behind"
    r"(?= ?[.,;!]| for | compared)",
    r"weakest",
    r"(?:held|holding|holds|hold) (?:you|me|him|her|them|us) back",
    r"found wanting",
    r"areas? (?:for|of) (?:improvement|development)",
    r"could (?:use|do with) (?:some|a bit of|a little|more|a lot more) (?:work|polish|polishing|"
    r"attention|practice|development|refinement|brushing up)",
    r"(?:needs?|needed|could do with|would benefit from) (?:some |a bit of |a little )?"
    r"(?:brushing up|a brush[- ]up|refreshing|a refresh)",
    r"let (?:the side|the team) down",
    r"(?:came|come|coming|comes) unstuck",
    r"(?:was|were|is|are) (?:a bit |a little |rather |well |way )?beyond (?:me|you|him|her|them)\b",
    r"(?:a |still a )work in progress",
    r"left (?:something|a lot|much|quite a lot) to be desired",
    r"raised (?:some |serious |real |a few )?(?:doubts|questions about)",
]

# rules-1.4: everyday verdicts and misgivings.
FAULT += [
    # "might frustrate you", "didn't sit right with her".
    r"frustrat(?:e|es|ing)",
    r"(?:didn't|did not|doesn't|does not|wouldn't|would not) (?:quite |really )?sit (?:right|well)"
    r" with",
    # Generic: "could have applied to any agency", "could have been sent to any trust".
    r"could (?:just as (?:easily|well) )?(?:have )?(?:applied|been sent|been written|been said|"
    r"gone|been about) to any",
    r"still (?:developing|emerging|building|forming|growing|patchy|learning)",
    r"still early (?:in|on)",
]


# A negator flips the cue right after it ("not strong enough" is a fault) and
# turns a following fault into a denial ("no concerns about ...").
NEGATOR = [
    r"didnt",
    r"dont",
    r"couldnt",
    r"wasnt",
    r"werent",
    r"hadnt",
    r"havent",
    r"cant",
    r"wouldnt",
    r"not",
    r"no",
    r"never",
    r"n't",
    r"nothing",
    r"nobody",
    r"none",
    r"hardly",
    r"barely",
    r"without",
    r"cannot",
]

# Bare denials: they name a theme only to rule it out. With explicit praise in
# the same span they become a strength; on their own they name nothing.
DENIAL = [
    r"(?<!\bthere is )(?<!\bthere's )(?<!\bthere was )"
    r"(?:no|zero|not any|never any|without any|none of the) (?:real |particular |major |big |"
    r"serious |obvious )?(?:concerns?|doubts?|reservations?|complaints?|"
    r"issues?|problems?|worries|question marks?)",
    r"(?:never|not ever) (?:in )?(?:question|doubt)",
    r"(?:wasn't|was not|isn't|is not|it's not|not|nothing) (?:really |at all |just )?"
    r"(?:about|to do with) (?:the |your |my )?(?:money|salary|pay|skills?|ability)",
    r"(?:wasn't|was not|isn't|is not|it's not|not) (?:really |at all |just )?"
    r"(?:a question of|down to|because of) (?:your |the |my )?",
    r"nothing (?:negative|bad|critical) (?:came back|was said|to report)",
    r"(?:not|no) (?:a )?reflection on (?:you|your)",
    r"(?:is|was|are|were)(?:n't| not) (?:in )?(?:question|doubt)",
    r"not (?:in )?(?:question|doubt)",
    r"not an? (?:issue|problem|concern|factor)",
    r"(?:wasn't|weren't|isn't|aren't|was not|were not|is not|are not|it's not|it wasn't|"
    r"not about) (?:an? |the |your |my )?(?:issue|problem|concern)",
    r"(?:wasn't|weren't|isn't|was not|were not|is not|it's not|not about|not) (?:the|your|my)\b",
    r"nothing (?:wrong|negative|to do) with",
    r"nothing negative",
    r"nothing wrong",
    r"no problem with",
    r"no issue with",
    r"(?:hadn't|didn't|never) put a foot wrong",
    r"no regrets",
    r"(?:don't|do not|didn't) think it was (?:the|my|your)",
    r"(?:weren't|wasn't|not) an issue",
    r"(?:is|was)(?:n't| not) the issue",
]

# "we are not able to give individual feedback" is boilerplate; "not able to give clear answers"
# is a verdict.
_NOT_GIVEN = (
    r"(?! (?:clear|good|strong|concrete|detailed|convincing|(?:a|any) (?:clear|good|strong|"
    r"concrete|detailed|convincing|single)|enough|examples|answers))"
)

# Boilerplate of rejection: its negations are about the decision, not a theme.
REJECTION = [
    # "it was clear you had not read ..." is evidence, not praise.
    r"it (?:was|is|'s|became|becomes|seemed|quickly became) (?:very |quite |pretty |fairly )?"
    r"(?:clear|obvious|evident|apparent)(?: that)?",
    r"clear(?:ly)? that",
    r"clearly (?=not|hadn't|didn't|wasn't|weren't|had not|did not)",
    r"\w*(?:n't| not| no longer) (?:be )?"
    r"(?:moving|move|going|taking|progressing|progress|proceeding|proceed|pursuing|able to offer|"
    r"able to take|able to give"
    + _NOT_GIVEN
    + r"|able to progress|making|offering|offer|appoint(?:ing)?|"
    r"invit\w+|shortlist\w*|select\w*|successful|been successful|among|considered|taken|"
    r"taking your|in a position)",
    r"unable to (?:offer|progress|take|consider|proceed|give)",
    r"not to (?:appoint|proceed|"
    r"progress|move|take|offer)",
    r"decided not",
    r"regret(?:fully)?",
    r"unsuccessful",
    r"unfortunately",
    r"sadly",
    r"not the right (?:fit|match)",
    r"no feedback",
    r"not been (?:successful|shortlisted|selected|taken forward)",
    r"not (?:being )?taken forward",
    r"hasn't been taken forward",
    r"not taking you forward",
    r"not be taking",
    r"aren't able to",
    # "we are not able to give individual feedback", not "not able to give clear answers".
    r"not able to (?:give|offer|provide)" + _NOT_GIVEN,
    # The employer describing itself: "we place a strong emphasis on teamwork".
    r"(?:a |an )?(?:strong|big|great|real|heavy|huge|particular) (?:emphasis|focus) on",
]


# An unmet requirement: whatever theme follows it is what the candidate lacked.
NEED = [
    r"(?:want|wanted|need|needed|needs|wants|require[sd]?|after|looking for|expect(?:ed|s)?|"
    r"expectation is|hoping for) (?:someone|somebody|a candidate|candidates|people|more|to see|"
    r"a \w+ (?:who|with))",
    r"(?:expect|need|require|want)s? (?:a |an )?(?:fluent|strong|solid|excellent|proven|deep|"
    r"extensive|native|qualified|experienced|senior)",
    r"looking for (?:deeper|stronger|more|better|greater|a (?:stronger|deeper|clearer|better|"
    r"more))",
    r"(?:had |have )?hoped (?:for|to see|to hear) (?:a |an )?(?:more|stronger|deeper|clearer|"
    r"better)",
    r"(?:would|we'd|i'd|they'd|she'd|he'd) (?:also |really |certainly |ideally )?have "
    r"(?:liked|wanted|hoped|expected|preferred)"
    r"(?: to (?:see|hear))?(?: (?:a bit |a little |much |far )?(?:more|a (?:clearer|stronger|"
    r"fuller|deeper|better))| a)?",
    r"(?:it )?would have helped (?:to (?:see|hear)(?: more)?)?",
    r"(?:wanted|want|needed|need|expected|expect) to (?:see|hear) (?:more|a (?:clearer|stronger|"
    r"deeper|better|more))",
    r"(?:wanted|want|needed|need|require[sd]?) (?:somebody|someone|a person|a candidate) "
    r"(?:who|with|that)",
    r"would have liked to see",
    r"would like to see",
    r"(?:requires?|required|needs?|needed|demands?) (?:clear |strong |demonstrable |proven )?"
    r"evidence (?:of|that)",
    r"we'd like to have seen",
    r"more evidence",
]


# rules-1.4: a need stated as the thing itself: "need actual stories with numbers", "requires
# a completed CIMA qualification".
NEED += [
    r"need(?:ed|s)? (?:actual|real|concrete|specific|more specific|proper) (?:stories|examples|"
    r"numbers|evidence|detail)",
    r"(?:requires?|required|needs?|needed) (?:a |an )?(?:completed|full|recognised|relevant|"
    r"professional|current|valid)",
]

# "n't" and its informal spelling without the apostrophe ("didnt", "wasnt").
NT = r"(?:n't|\b(?:did|do|does|was|were|could|would|should|had|has|have|is|are|ca|wo)nt)"
# "n't" is glued to its verb, so it gets its own pattern without a leading boundary.
NEGATOR_RE = re.compile(r"(?:n't\b|\b(?:" + "|".join(n for n in NEGATOR if n != "n't") + r")\b)")
# "not strong enough", "wasn't secure enough": a negated sufficiency is a fault.
NOT_ENOUGH_RE = re.compile(
    r"(?:\bnot|"
    + NT
    + r")\s+(?:[\w'-]+[\s,]+){0,9}?\w+\s+enough\b|(?:\bnot|"
    + NT
    + r")\s+enough\b"
)

# rules-1.5: praise in the words of a ranking or a compliment ("among the highest in the
# cohort", "we admired your confidence", "very complimentary about", "they rated your CAD
# skills"), and size said as praise ("your experience is substantial").
PRAISE += [
    r"among the (?:highest|top|very best|best we|strongest we|most [\w-]+)",
    r"admir(?:ed|e|es|ing)",
    r"complimentary",
    r"substantial",
    r"(?:really |highly |genuinely )?rated (?:your|you)\b",
]

# The employer's own care in deciding is boilerplate, not praise: "we have carefully
# considered your application against the essential criteria".
REJECTION += [
    r"(?:very )?carefully (?:considered|reviewed|assessed|read|looked at|weighed)",
    r"after (?:careful|due|full|much) (?:consideration|review|thought|deliberation)",
]

# rules-1.5: knowledge that would not bear weight, and work left undone.
FAULT += [
    r"insecure",
    r"(?:unfinished|half-finished|half-done|unstated|unjustified|unsupported|unexplained)",
    r"(?:little|no|scant|scarcely any|hardly any|not much|not a lot of) "
    r"(?:sign|signs|trace|hint)s? of",
    r"(?:a bit |a little |somewhat |rather |quite )?(?:wobbly|unsteady|uncertain) (?:in places|at "
    r"times|on)",
]

# rules-1.5: the employer's own choice of whom to favour is what the candidate lacked:
# "we have decided to prioritise candidates who are fluent in Mandarin"; who they want, named
# plainly: "they want a band 6 with ITU experience", "they wanted 10 years".
NEED += [
    r"(?:prioriti[sz]e|prioriti[sz]ing|prioriti[sz]ed|favour|favouring|favor|favoring) "
    r"(?:candidates|applicants|someone|somebody|people|those)",
    r"(?:they|we|the client|the employer|the hospital|the school|the trust|the firm|the company|"
    r"the panel|the team|the business|the practice|the board) (?:really |specifically |ideally |"
    r"only |always )?(?:want|wanted|need|needed|are after|were after|'re after) (?:a|an|\d+|"
    r"at least|a minimum of|minimum|someone|somebody|proper|proven)\b",
]

# Doubt said as a comparison: "the panel was less convinced by your answers on leading a shift".
FAULT += [
    r"(?:less|not as|not so) (?:convinced|sure|certain|persuaded|reassured) "
    r"(?:by|about|of|that|on)",
]

# rules-1.5: a claim is not praise ("claimed I was an expert in Tableau"); commending is.
REJECTION += [
    r"claim(?:ed|ing|s)? (?:that )?(?:i was|i am|i'm|to be|you were|you are|you're|he was|she was)"
    r" (?:an? |very |highly |really )?(?:expert|fluent|proficient|advanced|strong|great|excellent|"
    r"skilled)",
]
PRAISE += [
    r"commend(?:ed|s)?",
]
# Requirements said as a floor: "requires at least a B2 level in Spanish"; the employer keen to
# find someone: "they're keen to find someone fluent in Arabic".
NEED += [
    r"(?:requires?|required|needs?|needed|demands?|asks? for|asked for) (?:at least|a minimum of|"
    r"minimum)",
    r"keen to (?:find|hire|recruit|appoint|get|bring in|take on) (?:someone|somebody|a|an)\b",
]

# rules-1.5: doubt said outright: "we doubted you could keep a crew in line".
FAULT += [
    r"doubted",
    r"(?:we|they|i|she|he) (?:still )?doubt (?:whether|that|if|you)",
]

# rules-1.5: room to grow and work still needed, said as a suggestion: "needs some work",
# "room to grow on the leadership front", "an area you could develop", "could have been
# tighter", "we didn't hear much about", "lighter than we'd like".
FAULT += [
    r"needs? (?:some|a bit of|a little|a lot of|more|further|significant|considerable|real) "
    r"(?:work|development|polish|polishing|practice|attention|improvement|refinement)",
    r"room (?:to|for) (?:grow|growth|improve|improvement|develop|development)",
    r"(?:an area|something|one thing|a thing|areas|things) (?:that )?(?:you|i|she|he|they) "
    r"(?:could|should|might|may|need to|will need to|would need to|can) (?:develop|work on|improve|"
    r"strengthen|build on|focus on)",
    r"(?:could|should|might) (?:have been|be) (?:a (?:bit|little|touch|lot|tad) |much |far |"
    r"slightly |somewhat )?(?:tighter|sharper|clearer|crisper|stronger|better|shorter|deeper|"
    r"broader|firmer|punchier)",
    r"(?:didn't|did not|never|couldn't|could not) (?:really )?(?:hear|see|get) (?:much|a lot|"
    r"enough|very much)",
    r"(?:lighter|thinner|narrower|shallower|weaker|smaller|less extensive) than (?:we|they|the "
    r"(?:role|post|job|team|brief)|ideal|needed|required|expected|hoped|is ideal)",
    r"(?:exposed|revealed|showed|highlighted|showed up) (?:some |a few |several |significant |"
    r"real |clear )?(?:gaps|weaknesses|holes)",
]

# rules-1.5: denials said with doubt or flags: "we never doubted your motivation", "no red flags
# on culture".
DENIAL += [
    r"(?:never|not once|didn't|did not|don't|do not|wouldn't|would not) (?:for a moment |ever )?"
    r"doubt(?:ed)?",
    r"no (?:real |major |big )?(?:red flags?|alarm bells?|warning signs?)",
]

# rules-1.5: marks lost, a profile that does not match, and a bar still to reach ("apply again
# once you have your chartership").
FAULT += [
    r"(?:lost|dropped|losing|dropping) (?:a few |some |most |many |a lot of )?(?:marks|points)",
    r"(?:not|isn't|wasn't|doesn't|don't|didn't|does not|did not) match(?:ing|ed)?(?: with)?\b",
]
NEED += [
    r"once you(?:'ve| have) (?:got |gained |completed |achieved |earned |built up |had )?(?:your|a|"
    r"an|the|more|some)\b",
]

# rules-1.5: the role described, and courtesies about future roles, are not verdicts: "the
# Senior Developer role, which requires strong Python", "future roles that match your
# experience".
REJECTION += [
    r"(?:role|position|post|job|vacancy|opportunity)(?: [\w-]+)?, which (?:requires|needs|demands|"
    r"calls for|involves) (?:a |an )?(?:strong|solid|excellent|good|proven|deep|extensive|"
    r"significant|sound)?",
    r"(?:roles?|positions?|vacanc\w+|opportunit\w+|openings?) (?:that|which) (?:better |more "
    r"closely )?(?:match|suit|fit|align with) your (?:skills|experience|profile|background|"
    r"interests)",
]
DENIAL += [
    r"(?:not|never|don't|do not|doesn't|does not|isn't|is not|wasn't|was not) (?:\w+ ){0,3}"
    r"(?:as )?(?:a |any )?reflection (?:on|of) (?:you|your)",
]

# rules-1.5: praise by litotes: "your preparation could not be faulted", "you did not
# disappoint"; a wish said as what would have been good: "it would have been good to see you
# take more of a lead".
PRAISE += [
    r"(?:could not|couldn't|can't|cannot|can not) (?:be )?fault(?:ed)?",
    r"(?:did not|didn't|does not|doesn't|never) disappoint",
    r"(?:hard|difficult|impossible) to fault",
    r"faultless(?:ly)?",
    r"flawless(?:ly)?",
]
NEED += [
    r"(?:it )?would have been (?:good|nice|great|helpful|useful|better) to (?:see|hear)(?: (?:more|"
    r"you))?",
]
DENIAL += [
    r"(?:nobody|no one|none of us|none of the panel) (?:ever )?(?:doubted|questioned)",
]

# rules-1.5: "your prioritisation in the in-tray was off".
FAULT += [
    r"(?:was|were|felt|seemed|looked) (?:a (?:bit|little|touch) |slightly |way |rather |quite )?"
    r"off\b(?! (?:the|to|on|with|for|by|from|at|in|and)\b)",
]

# rules-1.5: generic answers and what the new hire must be.
FAULT += [
    r"interchangeable with",
]
NEED += [
    r"need (?:our |the |a |this )?(?:new hire|successful candidate|person|postholder|post-holder|"
    r"candidate|hire|new starter|appointee) to (?:be|have)",
    r"once (?:i|we)(?:'ve| have) (?:got |gained |completed |done |had )?(?:my|a|an|the|more|"
    r"some)\b",
]

# rules-1.6: what to work on, named as such, is a weakness however it is worded: "the only area
# for development is keeping your answers concise", "one thing to work on would be pace".
NEED += [
    r"(?:the |one |an |our |my )?(?:only |one |main |key |biggest |single )?(?:area|thing|point)s? "
    r"(?:for|of|to) (?:develop\w*|improve\w*|work on|work at|build on)(?: for you)? "
    r"(?:is|was|would be|are|were|might be)",
    r"could (?:have )?(?:used|done with|do with|use) (?:a (?:bit|little|few|lot) )?(?:more|"
    r"fewer|less|some|a clearer|a stronger|sharper|tighter)",
]
# rules-1.6: a denial of any part the candidate played in the decision: "this does not reflect
# on your qualifications", "not that your teamwork was in question".
DENIAL += [
    r"(?:not|doesn't|didn't|isn't|wasn't|won't|never|in no way) (?:in any way |at all |"
    r"necessarily )?(?:a )?reflect(?:ion|s|ed)?"
    r" (?:on|of|upon|badly on)",
    r"not that\b(?=[^.;:!?]{0,60}\b(?:in (?:question|doubt)|an? (?:issue|problem|concern|worry)"
    r"|lacking|missing|a factor)\b)",
]
# rules-1.6: boilerplate of assessment and record-keeping says nothing about the candidate:
# "having reviewed your application against the person specification", "we will retain your
# CV for six months in line with our data policy".
REJECTION += [
    r"(?:(?:having|after|we have|we've|we) )?(?:carefully )?(?:review\w*|assess\w*|consider\w*|"
    r"score\w*|measur\w*|check\w*|compar\w*) (?:your|all|every|each|the) (?:application|cv|"
    r"submission|candidate)s? (?:carefully |in detail )?(?:against|with) (?:the|these|our|its)"
    r"(?: [\w-]+){0,3} (?:criteria|criterion|person specification|job description|requirements|"
    r"specification)",
    r"(?:retain|keep|hold(?: onto)?|store|held) (?:your|the) (?:cv|resume|r\u00e9sum\u00e9|"
    r"details|application|data|information)(?: on (?:file|record))?(?:[^.;!?]{0,60}"
    r"(?:policy|policies|regulations?|gdpr|months|file|record))?",
]
# rules-1.6: praise of workmanship.
PRAISE += [
    r"top(?:-| )(?:quality|notch|drawer)",
]
# rules-1.6: well-wishing, encouragement and feedback withheld are boilerplate too: "we wish you
# luck in finding a role that matches your skills", "we encourage you to keep developing your
# skills", "we are unable to provide feedback on your technical test".
REJECTION += [
    r"(?:wish(?:ing)? you|hope (?:that )?you)[^.;!?]{0,40}?(?:find|finding|land|landing|secure|"
    r"securing) (?:a|the|an|your) (?:\w+ )?(?:role|position|job|opportunity|post)[^.;!?]*",
    r"encourage you to (?:continue|keep) (?:on )?(?:developing|building|growing|honing) (?:your )?"
    r"(?:skills|experience|career|knowledge|portfolio|skill ?set)(?: and (?:your )?(?:skills|"
    r"experience|career|knowledge))?\b",
    r"(?:unable|not able|cannot|can't|can not|won't be able) to (?:provide|give|offer|share) "
    r"(?:individual |detailed |specific |personal(?:ised)? |any )?feedback(?: on [^.;!?]*)?",
]
# rules-1.6: "this decision was not related to your salary expectations".
DENIAL += [
    r"(?:not|wasn't|isn't|nothing) (?:\w+ )?(?:related|relating|linked|connected|due|owing) to "
    r"(?:your|the|"
    r"my)\b",
]
# rules-1.6: praise said through a negative: "nothing but praise", "we could not have asked for
# a better presentation", "hard to beat", "can't speak highly enough", "didn't miss a beat",
# "it's not often we see such preparation".
PRAISE += [
    r"nothing but (?:praise|good|positive|great|glowing|admiration)",
    r"(?:could(?:n't| not)|can't|cannot) (?:have )?(?:asked|hoped|wished) for (?:a |any )?"
    r"(?:better|more)",
    r"(?:could(?:n't| not)|can't|cannot) have (?:been |done |prepared |answered |presented )?"
    r"(?:any |much )?(?:better|more)",
    r"(?:hard|difficult|tough) to (?:beat|better|top|match|improve on)",
    r"(?:can't|cannot|could(?:n't| not)) (?:speak|praise|recommend|rate) (?:\w+ )?(?:highly|"
    r"enough)(?: enough)?",
    r"(?:didn't|did not|never|doesn't|does not) miss(?:ed)? a beat",
    r"(?:it's |it is |it was )?(?:not often|rare(?:ly)?|seldom) (?:that )?(?:do )?(?:we|i) "
    r"(?:see|meet|interview|get|come across|hear)",
]
# rules-1.6: "there was nothing lacking in your preparation", "we didn't find any gaps in your
# clinical knowledge", "weakness? none that we could see".
DENIAL += [
    r"nothing (?:was |at all )?(?:lacking|missing)",
    r"(?:no|not any|without any|(?:didn't|did not|couldn't|could not|can't|cannot|haven't|have "
    r"not|wasn't able to) (?:find|see|spot|notice|identify) any) (?:real |obvious |major |"
    r"significant )?gaps?",
    r"none (?:that )?(?:we|i|they|the panel) (?:could|can|did) (?:see|find|spot|identify)",
    r"(?:nobody|no one|none of us) (?:on|in|from) the (?:panel|team|room) (?:ever )?(?:doubted|"
    r"questioned)",
]
# rules-1.6: pleasantries: "it was great to learn more about your background and experience".
REJECTION += [
    r"(?:great|good|lovely|nice|a pleasure|interesting|wonderful|fascinating) (?:to (?:learn|"
    r"hear|find out) (?:a (?:bit|little|lot) )?(?:more )?about|learning (?:more )?about|hearing "
    r"(?:more )?about) (?:your|you)[^.;!?,]*",
]
