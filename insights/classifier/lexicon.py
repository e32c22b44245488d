"""Cue phrases per theme.

Three kinds of entry:

* TOPICS name a theme and leave its polarity to the nearby cues
  ("your Python ... pretty basic", "your communication was excellent").
* WEAK and STRONG phrases carry their polarity themselves ("I rambled",
  "someone more senior", "held your own").
* EXTERNAL phrases name a factor outside the candidate; they are dropped when
  the text only praises or denies them ("your availability suits us").

Patterns are lower case and are tried at word starts of the lower-cased,
straightened text (matcher.py); a match must also end at a word boundary. The
lists are broad on purpose: they were grown from the development examples and
the project's own labelled training texts, never from the held-out set.
"""

_LANG = (
    r"(?:french|spanish|german|italian|portuguese|mandarin|cantonese|chinese|japanese|korean|"
    r"arabic|russian|(?<!\bneeds )(?<!\bsome )(?<!\bmore )(?<!\bof )(?<!\blittle )(?<!\bfinal )"
    r"(?<!\bextra )(?<!\blacked )(?<!\blacking )polish|dutch|welsh|hindi|urdu|turkish|swedish|"
    r"norwegian|danish|greek|irish|gaelic|te reo|maori|afrikaans|zulu|swahili|tagalog|vietnamese|"
    r"thai|indonesian|malay|hebrew|farsi|persian|punjabi|bengali|tamil|gujarati|romanian|"
    r"hungarian|czech|finnish|ukrainian|"
    r"bsl|sign language)"
)
_TOOL = (
    r"(?:python|java|javascript|typescript|sql|nosql|excel|vlookup|index match|pivot tables?|"
    r"react|angular|vue|kubernetes|docker|terraform|aws|azure|gcp|linux|c\+\+|c#|golang|rust|"
    r"kotlin|swift|scala|ruby|php|salesforce|sap|oracle|xero|sage|quickbooks|revit|autocad|"
    r"figma|sketch|photoshop|illustrator|indesign|tableau|power bi|looker|spark|hadoop|"
    r"machine learning|statistics|algorithms?|data structures|window functions|"
    r"networking|firmware|ifrs(?: \d+)?|gaap|vat|payroll|bookkeeping|bank reconciliation|"
    r"pharmacology|cannulation|phlebotomy|wound care|medication management|drug calculations?|"
    r"nice guidelines|safeguarding practice|phonics|grammar|present perfect|paid social|seo|"
    r"ppc|google ads|financial modell?ing|modell?ing|drafting|knife skills|latte art|"
    r"forklift|hgv|cad|cnc|welding|plc|the code|your code|coding|kafka|spark|airflow|dbt|"
    r"snowflake|workday|epic|cerner|systmone|emis|agile|scrum|kanban|prince2|itil|six sigma)"
)

_DOMAIN = (
    r"(?:logistics|retail|insurance|banking|finance|financial services|pharma|pharmaceutical|"
    r"healthcare|hospitality|travel|fashion|charity|education|construction|energy|renewables|"
    r"property|publishing|media|gaming|automotive|aviation|airline|freight|shipping|"
    r"supply chain|fintech|saas|b2b|b2c|luxury|public sector|nonprofit|non-profit|legal sector|"
    r"higher education|food|beverage|manufacturing|telecoms|utilities|e-commerce|ecommerce)"
)

# Words that make "knowledge of X" about a market rather than a skill.
_DOMAIN_WORD = (
    r"(?:sector|sectors|industry|industries|market|markets|customers?|clients?|products?|"
    r"business|businesses|company|competitors|landscape|trends|space|world|brand|members|"
    r"audiences?|users|community|communities|area|region|economy|trade|charity|nhs|council|"
    r"patients|residents|stakeholders|environment|context|pressures|challenges|needs|"
    r"regulations?|regulatory|regs|compliance|legislation|government|authority|authorities)"
)

TOPICS: dict[str, list[str]] = {
    "technical_skills": [
        r"clinical governance",
        r"(?:your |the )?teaching(?! assistant| post| role| job| practice)",
        r"(?:data )?analysis skills",
        r"social work qualification",
        r"(?:strong |good |great |solid |weak )?(?:coder|programmer)",
        r"expertise in",
        r"distributed systems",
        r"technical(?= enough)",
        r"(?:rn|nursing|teaching|driving instructor) licen[cs]e",
        r"record[- ]keeping",
        r"documentation",
        r"note[- ]taking",
        r"written (?:exercise|test|task)",
        r"calculations?",
        r"arithmetic",
        r"break-even",
        r"(?:understand|understood|know|knew) (?:the )?technology",
        r"code review",
        r"(?:a )?piece of code",
        r"(?:security )?bugs?",
        r"(?:visual )?merchandising",
        r"foundation stage",
        r"eyfs",
        r"(?:national )?curriculum",
        r"writing sample",
        r"writing skills",
        r"written work",
        r"testing(?: practices)?",
        r"unit tests?",
        r"test coverage",
        r"phd(?! students| candidates| researchers| position| post| role| programme| place|"
        r" studentship| scholarship| application| interview| supervisor)",
        r"doctorate",
        r"master'?s(?: degree)?",
        r"illustration\w*",
        r"(?:knowledge|understanding|grasp|command) of (?:the |our |their )?(?:[\w-]+ )?(?:softwa"
        r"re|"
        r"systems?|tools?|platforms?|codebase|stack)",
        r"debugging skills",
        r"differentiation",
        r"safeguarding(?! lead)",
        r"p&l",
        r"balance sheets?",
        r"cash ?flow",
        r"front[- ]?end",
        r"back[- ]?end",
        r"training (?:in|on)",
        r"gdpr",
        r"data protection",
        r"data retention",
        r"(?:the|a|your|my|on the|behind the) till",
        r"coffee machine",
        r"equipment",
        r"machinery",
        r"design(?:ing)? for (?:print|web|mobile|screen)",
        r"medicines? management",
        r"medicines",
        r"cipd",
        r"acca",
        r"cima",
        r"cfa",
        r"level \d",
        r"technically(?! (?:nothing|speaking|there|it's|that's|true|correct)\b)",
        r"(?:basic|simple|technical|straightforward) questions? (?:on|about)",
        r"experience (?:with|of|in|using) (?:[\w-]+ ){0,4}(?:platforms?|software|tools?|systems?|"
        r"packages?|crms?)",
        r"(?:route|fleet|capacity|demand|menu|care|financial|production|media) "
        r"planning",
        r"scheduling",
        r"forecasting",
        r"attention to detail",
        r"technical (?:interview|round)",
        r"procedures",
        r"protocols?",
        # "a difficult customer query" is not a database query.
        r"sql quer(?:y|ies)",
        r"(?:write|wrote|writing|written|optimi[sz]\w*|tune|tuning) (?:a |the |that |my |your )?"
        r"(?:sql |database )?quer(?:y|ies)",
        r"hubspot",
        r"skill ?set",
        r"tooling",
        r"(?:the |their |our )?tech stack",
        r"programming languages?",
        r"(?:software|it|computer|spreadsheet|coding|nursing|writing|language|numeracy|literacy|"
        r"maths?|typing|data) skills",
        r"spreadsheets?",
        r"typing speed",
        r"depth of knowledge",
        r"(?:specialist|subject|technical) expertise",
        r"specialist knowledge",
        r"fluency",
        r"hands-on skills",
        r"(?:nmc |professional )?registration",
        r"numeracy",
        r"literacy",
        r"(?:numerical|verbal|abstract|logical|critical) reasoning(?: tests?)?",
        r"fundamentals",
        r"academic (?:record|background)",
        r"experience (?:with|of|in|using) (?:[\w-]+ ){0,4}?" + _TOOL,
        r"the difference between",
        r"(?:admin|records?|ordering|till|pos|crm|ehr|erp|ticketing|stock) system",
        r"test (?:results?|scores?)",
        r"(?:online|numeracy|literacy|psychometric|aptitude|maths?|"
        r"numerical|verbal reasoning) tests?",
        r"assessment scores?",
        r"teaching (?:practice|skills)",
        r"practical skills",
        r"(?:the )?maths? question",
        r"(?:design |creative |art )?portfolio(?! walkthrough| site| review| link| website| url)",
        r"(?:knowledge|understanding|grasp|command) of (?:the )?(?:[\w-]+ ){0,2}?"
        + _TOOL
        + r"(?: [\w-]+)?",
        r"(?:knowledge|understanding|grasp|command) of (?:the )?" + _LANG,
        r"(?:knowledge|understanding|grasp|awareness) of (?:the )?(?:[\w-]+ ){0,5}?(?:law|legisla"
        r"tion|"
        r"act|guidelines|practice|standards|accounting|theory)",
        r"(?:medication|drug|clinical|nursing|technical|accounting|tax|legal|coding|programming|"
        r"engineering|scientific|mathematical|maths|subject|curriculum|software|systems) "
        r"knowledge",
        _TOOL,
        _LANG + r"(?: grammar| skills| level)?",
        r"technical (?:skills?|ability|abilities|knowledge|depth|test|questions?|side|"
        r"foundations?|fundamentals|background|chops|assessment|competence|expertise|grounding)",
        r"know (?:your|my) way around",
        r"(?:hard|core|practical|clinical|coding|programming|digital|it|design|craft|"
        r"accounting|legal|teaching|language|excel|software|writing|visual design) "
        r"(?:skills?|knowledge|ability|abilities)",
        r"(?:your|my|his|her) (?:skills|technique|craft)",
        r"craft(?:smanship)?",
        r"subject knowledge",
        r"(?:clinical|technical|accounting|tax|product design) knowledge",
        r"knowledge of (?:the )?(?:\w+ ){0,2}(?:legislation|guidelines|practice|standards|"
        r"accounting|theory)",
        r"qualifications?",
        r"(?:sia |hgv |personal |premises )?licen[cs]e",
        r"certificat(?:e|ion)",
        r"(?:skills|written|technical|aptitude|coding|excel|typing|maths?) (?:test|assessment)",
        r"(?:detailing|drafting|cooking|illustration work|design work|colou?r and type)",
        r"(?:the|your) food",
        r"(?:explanation|knowledge) of (?:the )?(?:present perfect|grammar|\w+ grammar|"
        r"causes of)",
        r"questions? (?:about|on) (?:sql|python|tax|excel|react|java|pharmacology|accounting)",
        r"(?:react|sql|python|java|tax|pharmacology|excel|accounting|technical) questions?",
        r"level 3",
        r"degree",
    ],
    "problem_solving": [
        r"clinical reasoning",
        r"ambiguity",
        r"first (?:week|month|day)s?",
        r"product sense(?: round| interview)?",
        r"metrics? for success",
        r"success metrics?",
        r"(?:design )?critique",
        r"assumptions",
        r"the case(?= went| was)",
        r"competing demands",
        r"how you would (?:manage|handle|approach|prioriti[sz]e)(?! pressure| stress)",
        r"(?:my|your) proposed (?:solution|plan|approach|recommendation)",
        r"(?:30|60|90)[- ]day plan",
        r"first (?:30|60|90|100) days",
        r"plan for how",
        r"mock (?:sales )?call",
        r"mock [\w-]+",
        r"sales call",
        r"how (?:i|you)'d (?:measure|evaluate|assess)",
        r"case discussion",
        r"practical to implement",
        r"(?:fully |properly )?costed",
        r"strategic planning",
        r"(?:strategic|long-term|big-picture) thinking",
        r"architecture",
        r"clarifying questions?",
        r"div(?:ing|ed) (?:straight )?in",
        r"dove in",
        r"(?:pricing|business|market|consulting|profitability|strategy|growth|marketing|sales) ca"
        r"se",
        r"competing priorities",
        r"(?<!\bbusiness )(?<!\bour )(?<!\bstrategic )(?<!\borganisational )(?<!\bhiring )"
        r"(?<!\bfunding )(?<!\bcommercial )priorities",
        r"(?:the |a |your |my |first |top |main |key |highest )priority",
        r"thought process",
        r"(?:structured|logical|methodical) (?:approach|thinking)",
        r"critical thinking",
        r"decision[- ]making",
        r"brain ?teasers?",
        r"(?:pair programming|live|practical|presentation|"
        r"assessment|design|written) (?:exercise|task)",
        r"work sample",
        r"simulation",
        r"approach (?:to|for) (?:the|this) (?:problem|task|exercise|case|scenario|question)",
        r"(?:address|addressed|answer|answered|respond to|responded to) the brief",
        r"clinical questions?",
        r"strategic (?:perspective|thinking|vision|view|outlook|insight)",
        r"(?:system|systems|ml|architecture|product|service|solution) design(?: round| question|"
        r" interview| exercise)?",
        r"design (?:challenge|exercise|task|question|round)",
        r"case (?:study|studies|interview|exercise)",
        r"(?:in|on|with) the case(?! for| of)",
        r"the case (?:study|interview|exercise)",
        r"live coding(?: round)?",
        r"coding (?:round|exercise|challenge|task|interview)",
        r"whiteboard(?: challenge| exercise| session)?",
        r"take[- ]home(?: exercise| task)?",
        r"(?:clinical |business |practical )?scenarios?(?: questions?)?",
        r"role[- ]?play",
        r"in-tray(?: exercise)?",
        r"troubleshooting(?: exercise)?",
        r"problem[- ]solving",
        r"analytical (?:skills|thinking|ability)",
        r"(?:legal |data )?analysis",
        r"strategic thinking",
        r"reasoning",
        r"judge?ment",
        # "prioritise candidates who are fluent in Mandarin" is the employer choosing.
        r"prioriti[sz]\w*(?! (?:candidates|applicants|people|those|someone|somebody|"
        r"applications)\b)",
        r"market sizing",
        r"estimat(?:e|ion) (?:question|how many)",
        r"framework",
        r"(?:your|my) (?:recommendations|approach to (?:the|problem))",
        r"(?:the )?(?:practical|design|analysis|modelling|technical) exercise",
        r"(?:business|written|lesson) (?:case|plan)",
        r"(?:mini |demo |observed |trial )?lesson(?!:| learn)",  # not "lesson learned"
        r"(?:meet|met|missed) the brief",
        r"(?:my|your) solution",
        r"break(?:ing)? (?:the|a) problem down",
        r"broken the problem down",
        r"defin(?:e|ed|ing) (?:what|the problem)",
        r"framing the problem",
        r"escalat\w+ (?:the )?deteriorating",
        r"the (?:exercise|task|case) itself",
        r"design (?:the )?controls",
        r"debug\w*",
        r"sanity check\w*",
        r"design process",
        r"how (?:i|you)'d (?:deal with|handle|approach|manage|respond to) (?:a|an|the) (?:\w+ )?"
        r"(?:complaint|scenario|situation|patient|customer|case|problem|parent|incident)",
    ],
    "experience_level": [
        r"(?:managed|managing|manage|run|running) (?:a |the )?budgets?",
        r"sales (?:results|numbers|figures|record)",
        r"(?:multi-million|large|significant|sizeable|\w+-million) (?:pound |dollar |euro )?budge"
        r"ts?",
        r"(?<!\bbranch )(?<!\bour )(?<!\btheir )(?<!\bthe )(?<!\bstore )(?<!\bclinic )"
        r"(?:professional |industry |strong )?network",
        r"(?:depth|breadth) of experience",
        r"career history",
        r"previous roles",
        r"exposure to",
        r"ready for (?:this|the|that) (?:role|level|step|position|move)",
        r"at (?:this )?scale(?! \d)",  # not a pay scale: "fixed at Scale 6"
        r"(?:bigger|larger|more complex|busier) (?:sites?|stores?|teams?|operations?|budgets?|"
        r"accounts?|portfolios?|units?|kitchens?|departments?)",
        r"independently",
        r"(?:level of )?autonomy",
        r"autonomously",
        r"(?:your |my |relevant |direct |hands-on |previous |professional |work )?experience"
        r"(?! (?:of|in) (?:leading|supervising|line managing|managing (?:a |the |\w+ )?(?:team|"
        r"teams|people|staff|others|department|crew|group)|management|leadership|a supervisory|"
        r"[\w-]+ leadership))",
        r"(?:your |my )?background(?! (?:check|checks|screening|vetting|verification)\b)",
        r"track record",
        r"seniority",
        r"pqe",
        r"(?<!\bin )(?<!\bnext )(?<!\bpast )(?<!\blast )(?<!\bcoming )(?<!\bwithin )"
        r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|plus) years(?! old| t"
        r"ime| ago)",
        r"years (?:of|in|running|as)",
        r"years'",
        r"(?<!\ba )(?<!\ban )(?<!\btoo )senior(?:ity)?(?! (?:hiring|hires|roles|posts|positions|"
        r"appointments|vacancies|colleagues|stakeholders|leaders|readers|audiences?|executives|"
        r"officials|clients|"
        r"leadership|mana"
        r"gement|staff|"
        r"partners|managers|people|clinicians|doctors|team))",
        r"(?:too|quite|rather|very|a bit) junior",
        r"junior (?:for|to)",
        r"(?:your |my )?cv(?= (?:is|was) (?:spot|bang))",
        r"exactly who we (?:hoped|wanted)",
        r"(?:running|run) [\w-]+ (?:operations|\w+ operations)",
    ],
    "domain_knowledge": [
        r"(?:our |the |their )?(?:customers|clients|residents|patients|users|members|pupils|"
        r"students|tenants|guests|families|communities)'? needs",
        r"(?:pressures|demands|realities|challenges) of (?:working in|the (?:sector|industry|mark"
        r"et|"
        r"environment)|a busy)",
        r"realit(?:y|ies) of",
        r"(?:the |our |their )?(?:competitive )?landscape",
        r"customer base",
        r"competitors",
        r"(?:industry|sector|market) trends",
        r"terminology",
        r"sector-specific",
        r"knowledgeable",
        r"commercial(?:ly)? (?:instincts|acumen|awareness|nous|minded|aware|astute|sense|"
        r"thinking|savvy)",
        r"(?:insight into|feel for) (?:our|the|their) (?:[\w-]+ ){0,2}(?:market|customers|sector|"
        r"industry|business|clients|world|space)",
        # "knowledge of X" is domain knowledge when X is the employer's own or a market;
        # otherwise it is a hard skill (TOPICS["technical_skills"], below).
        r"(?<!\bsubject )(?:knowledge|understanding|grasp|awareness) of "
        r"(?!(?:the |our |their |your )?(?:role|job|position|brief|question|team|values|culture|"
        r"fundamentals|basics|the difference|difference|how|what|why)\b)"
        r"(?:(?:our|their|the company's|the organisation's) (?:[\w-]+ )?"
        r"(?!(?:and|or|was|is|were|which|that|in|at|for|with)\b)[\w-]+|"
        r"(?:the |local |wider )?(?:[\w'-]+ ){0,3}?" + _DOMAIN_WORD + r")",
        r"(?:understand|understood|understands|know|knew|knows) (?:our|the|their) "
        r"(?:local |wider |core |main |key |target |existing |end )?(?:business|mar"
        r"ket|"
        r"sector|industry|customers|clients|products?|world|space)",
        r"(?<!\bfor )(?<!\bfor the )(?:the |this |our |their )?(?:industry|sector|market)(?! war)",
        # "a quiet space", "the best in the world": only "the/our space" is a market.
        r"(?<!\bfor )(?<!\bfor the )(?:the |this |our |their )(?:[\w-]+ ){0,2}(?:space|world)"
        r"(?! war)",
        r"(?:our|their|the) (?:products?|product range|flagship|business model)",
        r"(?:regulatory|industry|sector|market|commercial|product|domain|customer|business) "
        r"(?:knowledge|awareness|understanding)",
        r"(?:regulations|regs|frameworks|tenders)",
        r"(?:the )?(?:insurance|banking|lending|pharma|retail|healthcare|charity|nhs|tech) "
        r"(?:side|market|sector|world|space|context)",
        # "how our team works" is about the team's ways, not the market.
        r"how (?!(?:our |the |their |your )?team\b)(?:\w+ ){0,3}works",
        r"(?:get|getting) up to speed",
        r"lloyd's",
        r"reinsurance",
        r"grant funding",
        r"(?:knowledge|understanding|grasp) of (?:the |our |their )?(?:\w+ )?" + _DOMAIN,
        _DOMAIN + r" (?:industry|sector|market|world|side|space|knowledge)",
    ],
    "communication": [
        r"(?:great|good|brilliant|excellent|wonderful|lovely) with people",
        r"(?:bedside |telephone |phone )?manner",
        r"explain (?:your|my) (?:design )?(?:decisions|choices|reasoning|thinking|rationale)",
        r"empathy",
        r"customer service skills",
        r"people skills",
        r"presentation skills",
        r"(?:get|getting|got|put|putting) (?:any of )?(?:it|that|this|them|things|ideas|your ideas|"
        r"my ideas|your points?|my points?|the points?|the message|your message|my message) across",
        r"convey(?!anc)\w*",  # not "conveyancing"
        r"express(?:ed|ing)? (?:yourself|myself|your ideas|my ideas)",
        r"eloquen\w+",
        r"verbose",
        r"long-winded",
        r"succinct\w*",
        r"all over the place",
        r"rationale",
        r"(?:explain|articulate) why",
        r"storytelling",
        r"(?:your |the )?(?:deck|slides)",
        r"key messages?",
        r"rapport",
        # Not a job title or a department: "the Communications Officer position".
        r"communicat\w*(?! (?:officer|manager|lead|director|assistant|coordinator|executive|"
        r"specialist|adviser|advisor|team|department|function|role|position|post|vacancy)\b)",
        r"articulat\w*",
        r"explain(?:s|ed|ing)? (?:things|the numbers|your (?:thinking|ideas)|my (?:thinking|ideas|"
        r"projects)|concepts|complex|technical|it clearly|them clearly)",
        r"explanations?",
        r"jargon",
        r"(?:your |my |the )?(?:delivery|presentation|pitch(?! in\b))",  # "pitch in" is helping
        r"(?:answers|responses|replies)(?: \w+){0,4} (?:clear|concise|unclear|succinct|coherent|"
        r"articulate|well[- ]organi[sz]ed)"
        r"(?! passion| interest| enthusiasm| commitment| understanding)",
        r"(?:clear|concise|succinct|articulate|well-structured|structured|unclear)(?: and [\w-]+)? "
        r"(?:answers|responses|replies)",
        r"present(?:ing)? (?:your|my|ideas)",
        r"listen\w*(?! to (?:other|others|the other|the rest))",
        r"to the point",
        r"(?:get|got|make|making|made) (?:to )?(?:the|your|my) point",
        r"hard to follow",
        r"difficult to follow",
        r"plain english",
        r"pitched at",
        r"ideas didn't land",
        r"drift\w*",
        r"wander\w*",
        r"tangents?",
        r"(?:spoke|speak|talk(?:ed)?) "
        r"(?:too|way too|so) (?:fast|quickly|much|long)",
        r"talked (?:way )?(?:to|too) fast",
        r"one-word answers",
        r"short answers",
        r"um",
        r"train of thought",
        r"lost (?:them|the "
        r"panel|the room)",
        r"easy to understand",
        r"concise(?: responses)?",
        r"clarity",
        r"verbal",
        r"written communication",
    ],
    "behavioral_examples": [
        r"(?<!\bas a )(?<!\bas any )reflections?(?! (?:on|of) (?:you|your)\b)",
        r"what (?:you|i) (?:had )?learned",
        r"lessons learned",
        r"behaviou?ral (?:questions|answers)",
        r"specifics",
        r"specific instances",
        r"real-life examples",
        r"quantif\w+",
        r"(?:your|my) (?:own|personal|individual) (?:role|contribution|impact|part)",
        r"personal contribution",
        r"what (?:your|the|my) team (?:achieved|did|delivered)",
        # "for example, you weren't sure ..." introduces a point; it is not the examples topic.
        r"(?<!\bleadership )(?<!\bteam-building )(?<!\bfor )examples?"
        r"(?! of (?:working|leading|managing))",
        r"star",
        r"(?:concrete|specific) (?:examples?|detail|situations?)",
        r"stories",
        r"competency (?:questions|answers|based)",
        # "the outcome of our Series B" is the employer's, not the candidate's results.
        r"(?:measurable )?(?:impact|outcomes?|results)(?! of (?:our|the|this|their) (?:series|"
        r"funding|review|process|restructure|consultation|recruitment|decision|merger|tender|bid)\b)",
        r"(?:with|without|no|any|actual|hard|real) (?:[\w-]+ )?(?:numbers|figures|metrics)",
        r"named deals",
        r"what you (?:actually|"
        r"personally) did",
        r"what i personally did",
        r"(?:real|actual) (?:situation|"
        r"classroom moment|example)",
    ],
    "leadership": [
        r"leadership (?:style|qualities)",
        r"individual contributor to (?:manager|management|leader|leadership)",
        r"people manager",
        r"(?:strong|good|great|natural|excellent|effective|capable|experienced) (?:manager|leader)",
        r"(?:take|took|taking) responsibility",
        r"managing underperformance",
        r"performance[- ]manag\w*",
        r"disciplinar(?:y|ies)",
        r"underperform\w*",
        r"accountability",
        r"delegat\w+",
        r"vision",
        r"motivat\w+ (?:a|the|your|my) team",
        r"develop(?:ed|ing|s)? (?:others|people|staff|your team|my team|the team)",
        r"people leadership",
        r"lead (?:a|the|your|my) (?:[\w-]+ ){0,2}?(?:team|department|project|crew|squad|ward|"
        r"function|group)",
        r"initiative",
        r"took the lead",
        r"lead(?:ing)? by example",
        r"(?:team|people) management",
        r"leading(?! to)",
        r"(?<!\bour )(?<!\btheir )leadership(?! team| group| board)",
        r"led(?! (?:you|me|us|them|him|her|to|into)\b)",
        r"manag(?:e|ing|ed) (?:a |the |\w+ )?"
        r"(?:team|people|staff|crew|department|managers|other managers|leaders|supervisors)",
        r"line manag\w*",
        # "site management experience" is experience of that job, not of leading people.
        r"(?<!\bsite )(?<!\bstore )(?<!\baccount )(?<!\bproject )(?<!\bproperty )"
        r"(?<!\bfacilities )(?<!\bcase )(?<!\bprogramme )(?<!\bevent )(?<!\bcontract )"
        r"(?<!\bstock )(?<!\bsupplier )(?<!\bproduct )(?<!\brisk )(?<!\bestate )(?<!\bretail )"
        r"(?<!\bfleet )"
        r"(?:leadership|management|line management|supervisory|supervision) "
        r"(?:experience|role|skills)",
        r"mentor\w*",
        r"coach\w*",
        r"ownership",
        r"own(?:ing|ed)? (?:the )?"
        r"(?:outcomes?|delivery|results|decisions?)",
        r"influenc\w*",
        r"report(?:ing|s)? to you",
        r"direct reports",
        r"(?:take|took|taking) charge",
        r"(?:run|ran|running) (?:a|the) "
        r"(?:team|crew|kitchen|brigade|department|lab|squad)",
        r"step(?:ped)? up",
        r"heading up",
        r"steer(?:ed|ing)? (?:the|a|my|your) (?:team|project|group|business|organi[sz]ation|"
        r"department|service|function)",
        r"supervis(?:ing|ed|e) (?:a|the|staff|others|people|junior|\w+ staff)",
        r"supervisory",
        r"develop(?:ed|ing)? (?:your|their|"
        r"the|a) team",
        r"drive change",
        r"driving (?:results|change)",
        r"directing",
        r"(?:built|build|grow|grew) (?:and led )?(?:a|the) team",
        r"(?:a|the) team of",
        r"team-building",
    ],
    "collaboration": [
        r"collaboratively",
        r"other departments",
        r"(?:the )?wider team",
        r"affect(?:s|ed)? (?:the|your|other) (?:team|colleagues|others)",
        r"(?:handle|deal with|manage) a (?:difficult |struggling )?colleague",
        r"pulling (?:their|his|her) weight",
        r"interpersonal(?: skills)?",
        r"cross-functional(?:ly)?",
        r"partnership working",
        r"difficult conversations",
        r"compromise",
        r"blunt",
        r"working with others",
        r"open to (?:other|others'|different) (?:points of view|views|ideas|perspectives|opinions)",
        r"other points of view",
        r"team player",
        r"team ?work(?:ing)?",
        r"teamwork",
        r"collaborat(?:e|ed|ion|ing)",
        r"stakeholders?(?! reporting| communication)",
        r"colleagues",
        r"work(?:ed|ing|s)? (?:well )?(?:with|alongside) (?:others|colleagues|"
        r"the team|people(?! with)|you)",
        r"working relationships",
        r"relationships with",
        r"(?:receiv|tak|handl|accept|respond)\w* (?:[\w-]+ )?(?:feedback|criticism)",
        r"(?:accept|take|welcome|listen to|seek|ask for|accepting|taking|welcoming|seeking) "
        r"(?:\w+ )?(?:input|advice|suggestions|challenge) from",
        r"can't take feedback",
        r"defensive",
        r"conflict(?! question)",
        r"clash(?:ed)? with (?:a |an |your |my )?(?:peer|colleague|manager|boss|"
        r"co-worker)",
        r"disagree\w*",
        r"friction",
        r"take direction",
        r"brushed aside",
        r"pushed (?:your|my) own",
        r"territorial",
        r"critical of (?:your|my)",
        r"chip on (?:your|my) shoulder",
        r"(?<!\bwell )(?<!\bwell-)argued",
        r"talking over(?! the interviewer| the panel)",
        r"didn't let (?:the )?(?:others|quieter)",
        r"your own way",
        r"receptive",
        r"(?:working|work) in a team",
        r"work(?:ed|ing)? with the (?:wider |rest of the )?team",
        r"multidisciplinary",
        r"with others",
        r"escalating straight",
        r"sorting it out between",
    ],
    "preparation": [
        r"understanding of the role",
        r"understood the role",
        r"curiosity",
        r"ask (?:any )?questions",
        r"your questions(?! about| on)",
        r"scope of the role",
        r"what the (?:role|job) (?:actually |really )?(?:involved|involves|entailed|entails)",
        r"(?:good|thoughtful|insightful|great|excellent|smart|sharp|intelligent) questions",
        r"(?:know|knew|knowing|knowledge) (?:much |anything |enough |little |very little )?about "
        r"(?:the|our|their) (?:company|organi[sz]ation|firm|school|trust|practice|charity|brand)",
        r"prepar\w*",
        r"prepped",
        # "legal research", "user research" are skills, not preparing for the interview.
        r"(?<!\blegal )(?<!\bmarket )(?<!\buser )(?<!\bux )(?<!\bacademic )(?<!\bscientific )"
        r"(?<!\bclinical )(?<!\bdesk )(?<!\bqualitative )(?<!\bquantitative )(?<!\bcase )"
        r"research\w*(?! post| role| assistant| fellow| scientist| project| methods| skills)",
        r"homework",
        r"(?:the )?job (?:description|"
        r"spec|ad(?:vert)?)",
        r"(?:the )?person spec\w*",
        r"(?:the )?jd",
        r"what (?:i|you) knew about",
        r"what you know about",
        r"questions (?:at the end|for (?:us|them)|lined up|ready)",
        r"(?:any|no|zero|single|good) questions",
        r"read (?:their|the|our|up)",
        r"reading i did",
        r"looked at their",
        # "knew the Java stuff cold" is the skill; knowing the employer is preparation.
        r"knew (?:their|our|everything|the (?:company|business|firm|organi[sz]ation|brand|"
        r"products?|team|role|job|school|charity|numbers|history|people))",
        r"know (?:the|their) (?:job|role)",
    ],
    "motivation": [
        # "you'd enjoy how we work" is about the way of working (culture_fit).
        r"(?:you'd|you would|would) enjoy(?! (?:how we|the way we|our (?:culture|way|pace|"
        r"environment)|working here))",
        r"hustle",
        r"why (?:you|i) (?:want|wanted) to (?:move|switch|change|leave)(?: (?:from|into|to|out of) "
        r"(?:[\w-]+ ){0,3}?[\w-]+){0,2}",
        r"where you want to go",
        r"career plan",
        r"stick around",
        r"stay(?:ing)? (?:for )?long",
        r"move abroad",
        r"(?:your |real |great |the )drive",
        r"why (?:you|i) left",
        r"short (?:periods|stints|tenures?)",
        r"why you (?:applied|want(?:ed)? (?:this|the) (?:job|role|position))",
        r"ambition",
        r"flight risk",
        r"job[- ]hopp\w+",
        r"short tenures?",
        r"moved around",
        r"stepping stone",
        r"(?:wouldn't|would not) challenge you",
        # Not someone else's: "tenant engagement", "stakeholder engagement".
        r"(?<!\btenant )(?<!\bcustomer )(?<!\bstakeholder )(?<!\bcommunity )(?<!\bemployee )"
        r"(?<!\bstaff )(?<!\buser )(?<!\bpatient )(?<!\bmember )(?<!\bclient )(?<!\bpublic )"
        r"(?<!\bparent )(?<!\bdonor )(?<!\bsupporter )engagement",
        r"where (?:i|you) see (?:myself|yourself)",
        r"five-year plan",
        r"career (?:plans|goals|direction)",
        r"(?:passion|enthusiasm|love) for (?:the |this |our )?(?:[\w-]+ )?(?:sector|industry|fiel"
        r"d|role|"
        r"work|job|brand|company|cause|mission|subject|area|environment|planet|sustainability|food|"
        r"experience|service|care|people)",
        r"(?<!\bour )(?<!\btheir )committed(?! to (?:another|a different|other|an? \w+ job|one\b|"
        r"an? (?:option|answer|recommendation|position|decision|view|approach|course)))",
        r"(?<!\bour )(?<!\btheir )commitment",
        r"(?:limited|little|no|genuine|real|much|any|great|strong|keen) interest(?! rates?)",
        r"why (?:i'm|i am|you're|you are|i was|you were) (?:leaving|moving|changing|applying)",
        r"reasons? for (?:leaving|moving|changing|applying)",
        r"motivat\w*",
        r"enthusias\w*",
        r"passion(?:ate)?",
        # "they were keen to find someone fluent in Arabic" is the employer's keenness.
        r"(?<!n't )(?<!\bnot )(?<!\bthey were )(?<!\bthey're )(?<!\bthey are )(?<!\bwe were )"
        r"(?<!\bwe're )(?<!\bwe are )keen(?:ness)?"
        r"(?! to (?:find|hire|recruit|appoint|get|bring|take))",
        r"excited",
        # "thank you for your interest in our mission" is a courtesy.
        r"(?<!\bfor your )(?<!\bfor your continued )"
        r"interest(?:ed)? in (?:the|this|our|their) (?:role|work|job|position|organi[sz]ation|"
        r"company|mission)",
        r"(?:show|showed|much|genuine|real|any) interest",
        r"hold your interest",
        r"why (?:this|us|our|their|the|consulting|you want|i wanted|"
        r"you're)\b(?: \w+)?(?: specifically)?",
        r"why (?:\w+ ){1,3}specifically",
        r"hunger",
        r"wanted the job",
        r"engaged",
        r"drawn to",
        r"(?<!\btheir )(?<!\bour )mission",
        r"long term",
        # Not answers that "stay at the level of what I would do" or "stayed general".
        r"stay(?! (?:at the level|at a (?:high|general|surface)|"
        r"(?:very |quite |too |rather )?(?:general|"
        r"vague|hypothetical|theoretical|abstract|high-level|focused|calm|composed|on topic|on "
        r"track))\b)",
        r"bored",
        r"(?:your |great |real |high |lots of |much |enough |more |any |low |little )energy",
        r"interested(?! in (?:hearing|talking))",
        r"reason for (?:wanting|applying)",
        r"wanting to (?:join|work)",
        r"why (?:you|i) (?:want|wanted) to (?:join|work)(?: (?:in|for|at) (?:the |a |an )?"
        r"(?:[\w-]+ ){0,2}[\w-]+)?",
    ],
    "culture_fit": [
        r"(?:large|big) corporates?",
        r"small family business",
        r"family-run",
        r"adapt (?:from|to) (?:a|an)",
        r"fit (?:with|into|in with) (?:the|our|their) team",
        r"culturally",
        r"(?:slower|faster|different) pace",
        r"the pace of",
        r"team dynamic",
        r"ethos",
        r"(?:the )?way we work",
        r"our pace",
        r"mission alignment",
        r"people person",
        r"(?<!\bregulated )(?<!\bregulatory )environment like",
        r"cultur(?:e|al)(?: fit)?",
        # Not figures: "the project values", "contract values".
        r"(?<!\bproject )(?<!\bcontract )(?<!\bproperty )(?<!\border )(?<!\bdeal )(?<!\bscheme )"
        r"(?<!\bbudget )(?<!\bsale )(?<!\bkey )(?<!\bnumerical )values",
        r"(?:work|working) style",
        r"way of working",
        r"(?:your|my) style",
        r"vibe",
        r"personality",
        r"fit(?:ted)? (?:in|right in)",
        r"the way we operate",
        r"slot into the team",
        r"fit into the team",
        r"(?:better|best) suited to(?! (?:someone|somebody|a candidate|an applicant|candidates))",
        r"suit (?:you|the way)",
        r"(?<!\bregulatory )(?<!\bregulated )(?<!\beconomic )(?<!\bmarket )(?<!\bbusiness )(?<!\b"
        r"competitive )"
        r"(?<!\bservices )"
        r"environment",
        r"the team's culture",
        r"a (?:difficult|good|great|poor) match for",
        r"too (?:corporate|formal|laid-back|relaxed|informal|structured)",
    ],
    "application_materials": [
        r"linkedin(?: profile)?",
        r"grammatical errors",
        r"keywords",
        r"(?:your|the|my) application(?= (?:was|is|looked|stood|came across|read|would|could|"
        r"did|didn't|lacked|needed))",
        r"cv(?! (?:stage|screen|screening|sift|round|on file|on record)\b)",
        r"c\.v\.",
        r"resume",
        r"r\u00e9sum\u00e9",
        r"resum\u00e9",
        r"cover(?:ing)? letter",
        r"application form",
        r"supporting statement",
        r"personal statement",
        r"written application",
        r"(?:your|the|my) (?:written |research )?proposal",
    ],
    "confidence": [
        r"(?:handle|handling|cope|coping) (?:with )?pressure",
        # Not pressure as the setting of something else: "decision-making under pressure".
        r"(?:composed|composure|calm|cool|cope|coped|coping|crumbled?|wobbled|folded|flapped) "
        r"under pressure",
        r"(?:your|my) (?:own )?strengths",
        r"self-belief",
        r"assertive(?:ness)?",
        r"gravitas",
        r"(?:executive )?presence",
        r"apologetic",
        r"self-deprecating",
        r"fidget\w*",
        r"humble",
        r"modest",
        # "they weren't confident the commute is sustainable" is a belief about something
        # else, not the candidate's confidence.
        r"confiden(?!tial)\w*(?! (?:using|with (?:the|our|their)|in using|that|you would|you'd|"
        r"the|this|it|whether|he|she|they|we|everything|all of|"
        r"you could|you can|you will|in (?:your|"
        r"the) "
        r"(?:ability|capacity)))",
        r"nerv(?:es|ous)",
        r"anxious",
        r"hesitant",
        r"timid",
        r"shy",
        r"presence",
        r"assurance",
        r"self-assured",
        r"poise",
        r"composure",
        r"body language",
        r"eye contact",
        r"carried yourself",
        r"calm(?:ly)?",
        r"flustered",
        r"(?:you were|you're|you are|you seemed|came across as|bit|too|rather|quite) "
        r"(?:a bit |quite |too |very |rather )?quiet",
    ],
    "compensation": [
        r"(?:salary|budget|pay|money) ask",
        r"your ask",
        r"(?<!\ba )bonus",
        r"equity",
        r"counter-offer",
        # "a 400,000 sq ft site", "10k users": sizes, not money.
        r"\d{2,3},\d{3}(?! (?:sq|square|units|people|staff|customers|users|patients|beds|miles|"
        r"pupils|students|members|items|rows|records|lines|words|visitors|employees|hours|km))",
        r"(?:day|hourly) rates?",
        r"salary(?: expectations?)?",
        r"(?:day|hourly|your|my|the|their|our) rate(?! ris| rise| hike| cut| of\b| at which)",
        r"pay(?! structure| for (?!(?:you|your|me|my|him|her|them|someone|this|that|the role|"
        r"experience)\b))",
        r"compensation",
        r"(?:your|my) (?:figure|number|ask|expectations on \w+)",
        # "just touching base", "covered all the bases" are not pay.
        r"(?<!\btouching )(?<!\btouch )(?<!\btouched )(?<!\bknowledge )base(?!s\b| of\b)",
        r"package",
        r"commission",
        # "how a broker makes money" is the business model, not pay.
        r"(?<!\bmakes )(?<!\bmake )(?<!\bmaking )(?<!\bmade )(?<!\bearns )(?<!\braise )"
        r"(?<!\braising )(?<!\bsave )(?<!\bsaving )(?<!\blose )(?<!\blosing )(?<!\bvalue for )"
        r"money",
        r"(?<!\bown )(?<!\bowning )(?<!\bmanage )(?<!\bmanaging )(?<!\bmanaged )(?<!\brun )"
        r"(?<!\brunning )(?<!\bcontrol )(?<!\bhold )(?<!\bholding )(?<!\bset )(?<!\bsetting )"
        r"(?:their|our|the) (?:band|range|budget)(?!\s*\d| for the| for this| responsibilit| hold"
        r"ers?| management| question| exercise| task| monitoring| holder| scenario| case| cuts?"
        r"| overspend| plan| planning| forecast| setting| round| simulation| pressures)",
        r"what (?:you're|i'm) on",
        r"\d+k(?! (?:sq|square|units|people|staff|customers|users|patients|beds|miles|pupils|"
        r"students|members|items|rows|records|lines|words|visitors|employees|hours|km|followers|"
        r"downloads|subscribers))",
        r"\d+ grand",
        r"twenty grand",
        r"signed off",
    ],
}

WEAK: dict[str, list[str]] = {
    "domain_knowledge": [
        r"(?:never|not) worked in (?:a|an|the) (?:[\w-]+ )?(?:school|hospital|charity|bank|agency"
        r"|sector|"
        r"industry|setting|startup|start-up|warehouse|kitchen|restaurant|hotel|shop|store)",
    ],
    "technical_skills": [
        r"overcooked",
        r"undercooked",
        # ... unless the question names another theme: "stuck on the estimation question".
        r"(?:blanked|went blank|froze|stuck|whiffed|fluffed|flubbed|bombed|choked) on (?:the |"
        r"a )?(?!(?:[\w-]+ ){0,2}?(?:estimation|case|strategy|design|behaviou?ral|competency|"
        r"motivation|conflict|salary|leadership) )(?:[\w-]+ ){0,3}(?:question|test)",
        r"no idea (?:how|what)(?! the (?:role|job|company|team|position))",
        r"brush up on",
        r"flat-out wrong",
    ],
    "problem_solving": [
        r"listed features",
        r"never asked what (?:they|the customer|the client|the buyer) (?:needed|wanted)",
        r"rigid in (?:your|my|his|her|their) thinking",
        r"(?:in )?(?:totally |completely )?the wrong order",
        r"order of (?:things|priorities)",
        r"mis(?:read|understood|interpreted) the (?:brief|question|task|exercise)",
        r"(?:didn't|did not) know how to approach",
        r"no idea how to approach",
        r"(?:didn't|didnt|did not|never) structure",
        r"jumped (?:straight )?(?:in|into)",
        r"no structure",
        r"back on track",
        r"went round in circles",
        r"threw (?:ideas|things) at the wall",
        r"let's step back",
        r"without framing the problem",
        r"no structure at all",
        r"off-by-one",
        r"ran out of time",
        r"(?:didn't|never) (?:lay out|define)",
    ],
    "experience_level": [
        r"(?:a bit |too |quite |rather )green",
        r"minimum of (?:\w+|\d+) years",
        r"post-qualification experience",
        r"(?:someone|somebody) who(?:'s| has| had) (?:already )?done",
        r"not (?:yet |quite )?ready for",
        r"more operational than strategic",
        r"(?:someone|a candidate|somebody|an applicant) who(?:'s| has| had|'d) (?:already )?worked "
        r"(?:in|at|as|for)",
        r"(?:someone|a candidate|somebody|an applicant) who(?:'d| had|'s| has) (?:already )?done "
        r"the "
        r"(?:job|role)",
        r"done the (?:job|role) before",
        r"(?:cv|application|resume) (?:did not|didn't|does not|doesn't) (?:demonstrate|show|evide"
        r"nce) "
        r"(?:sufficient |enough |the required |relevant )?experience",
        r"(?:someone|a candidate|somebody|an applicant) who(?: has|'s| had) (?:run|worked|done|he"
        r"ld|"
        r"taught) (?:a |an )?(?:bigger|larger|more|busier)",
        r"more exposure to",
        r"benefit from (?:more|gaining|further)",
        r"before (?:taking on|stepping up)",
        r"(?:role|level) of this seniority",
        r"(?:someone|somebody|a candidate|an applicant|the other \w+) with (?:[\w-]+ ){0,2}years",
        r"compared (?:to|with) my",
        r"show (?:enough |much |any )?progression",
        r"(?:lack of|career) progression",
        r"(?:stayed|been) at the same level",
        r"more (?!(?:[\w-]+ )?(?:management|leadership|line management|supervisory) experience)"
        r"(?:[\w-]+ ){0,2}experience(?! managing| leading| of leading| in leading| of managing)",
        r"came down to experience",
        r"successful candidate ha[sd] (?:[\w-]+ ){0,6}for (?:several|many|\w+) years",
        r"more years",
        r"(?<!\ba )more (?:years|senior|experienced|relevant experience|direct experience|hands-on "
        r"experience|experience)(?! managing| leading| of leading| in leading)",
        r"someone (?:\w+ )?more senior",
        r"(?<!\brole )(?<!\bjob )(?:too|more) junior",
        r"not (?:yet )?senior enough",
        r"\bpqe\b",
        r"(?:eight|five|ten|\d+)-?plus years",
        r"at least (?:\w+|\d+) years",
        r"far longer than you",
        r"already (?:done|taught|run|worked|held) (?!a team|teams)(?:the|a|as|\w+)",
        r"has done the (?:exact )?(?:role|job)",
        r"more experience (?:in|of|with) (?!leading)",
        r"(?:lack(?:ed|s|ing)?|not enough|insufficient|limited) "
        r"(?:(?!management|leadership|supervisory|line)\w+ ){0,3}experience"
        r"(?! (?:in|of) (?:a |an )?(?:[\w-]+ )?(?:supervisory|management|leadership|managing|lead"
        r"ing|supervising|"
        r"line management))",
        r"you've not yet run",
        r"always been the number two",
        r"(?:wasn't|weren't|not) (?:quite )?ready for",
        r"more years of",
        r"had (?:\w+ ){0,2}experience in (?!leading)",
        r"significantly more experience",
    ],
    "communication": [
        r"monotone",
        r"overshar\w+",
        r"convoluted",
        r"filler words",
        r"kept saying '?(?:to be honest|like|um|basically|you know|honestly)",
        r"too much (?:technical )?detail",
        r"too technical",
        r"(?:more |way more |far more |too )?complicated than (?:it )?(?:needed|need) to be",
        r"over-?complicated",
        r"life story",
        r"took (?:about |nearly |over |almost )?(?:\w+ )?minutes",
        r"talked for (?:\w+ )?(?:minutes|ages|too long)",
        r"without pausing",
        r"all over the place",
        r"memori[sz]ed",
        r"reciting",
        r"(?:a |from a )script",
        r"cut (?:me|you|him|her) short",
        r"cutting (?:people|others|them|him|her) off",
        r"robotic",
        r"(?:over-?)?rehearsed",
        r"scripted(?! questions?| interviews?| format| rounds?)",
        r"wooden",
        r"message got lost",
        r"cluttered",
        r"(?:i|you|kept|keep) interrupt\w*",
        r"interrupting (?:the|her|him|them|me|people)",
        r"cut (?:me|her|him|them|you) off",
        r"rambl\w*",
        r"waffl\w*",
        r"(?:leaned|relied) (?:heavily )?on jargon",
        r"too much jargon",
        r"jargon-heavy",
        r"went on (?:and on|too long)",
        r"ran (?:way )?over",
        r"talked too much",
        r"answered what you wanted",
        r"missed the point",
        r"didn't listen",
        r"had to redirect you",
        r"read straight off",
        r"talked for (?:way )?too long",
        r"drag (?:everything|it|answers) out of",
        r"(?:long|lengthy|long-winded|brief|short|rambling|wordy|one-word|waffly) "
        r"(?:answers|responses|replies)",
        r"(?:answers|responses|replies)(?: \w+){0,4} (?:too long|long|lengthy|long-winded|brief|"
        r"short|too short|curt|terse|"
        r"rambling|wordy|hard to follow|difficult to follow|off[- ]topic)",
    ],
    "behavioral_examples": [
        r"forgot to mention",
        r"textbook answer",
        r"nothing from (?:my|your) own experience",
        r"what you would do",
        r"what i would do",
        r"few (?:real |concrete |specific )?examples",
        r"rather than (?:your|my) own",
        r"too much on what (?:your|the|my) team",
        r"(?:said|saying|say|used|using) '?we'?(?! \w)",
        r"(?:said|saying|say) '?we'? (?:for|when|all|every|throughout|instead)",
        r"no numbers",
        r"no figures",
        r"no results",
        r"no real detail",
        r"without saying by how much",
        r"couldn't (?:really )?separate it out",
        r"(?:stayed|were|was|quite) (?:theoretical|general|hypothetical|in theory)",
        r"described the process in theory",
        r"what you would do rather than",
        r"proper star stories",
    ],
    "leadership": [
        r"haven't had anyone reporting",
        r"never (?:managed|led|run)",
        r"(?:every|each) case study "
        r"was a solo project",
        r"deferred to others",
        r"never stepped up",
        r"the one doing the work not leading",
        r"(?:haven't|have not|hasn't) (?:really )?led",
        r"more (?:[\w-]+ )?(?:management|leadership) experience",
        r"managed bigger teams",
        r"more experience (?:of |in )?leading",
    ],
    "collaboration": [
        r"(?:came across as|seemed|sounded) (?:a bit |quite |very |rather )?negative",
        r"hated (?:my|your) (?:current |last |old |previous |former )?(?:manager|boss|job|team|em"
        r"ployer)",
        r"negative (?:answer|comments?|things) about (?:my|your) (?:last|old|previous|former|curr"
        r"ent)",
        r"too directive",
        r"(?:didn't|did not) invite (?:input|ideas|views)",
        r"input from others",
        r"bad-?mouth\w*",
        r"slagg\w* off",
        r"criticis\w+ (?:my|your) (?:old|former|previous|last) "
        r"(?:manager|boss|employer|team|colleagues)",
        r"dismissive of (?:the )?(?:views|ideas|opinions|input|others|colleagues|other)",
        # Talking over the interviewer is how one answers (communication), not teamwork.
        r"talk(?:ed|ing)? over (?:the(?! panel| interviewer| other interviewer)|other|people|"
        r"others|her|him|them)",
        r"pushy",
        r"(?:a bit of a |an )?(?:debate|argument|row) with the interviewer",
        r"pushed it",
        r"argued with the interviewer",
        r"dominat\w+ the (?:discussion|conversation|group|task)",
        r"(?:did not|didn't) listen to (?:other|others|the other|the rest)",
        r"cutting (?:people|others|them|him|her) off",
        r"combative",
        r"confrontational",
        r"abrasive",
        r"argumentative",
        r"lone wolf",
        r"loner",
        r"prefer(?:s|red)? (?:to )?work(?:ing)? alone",
        r"talked down (?:your|my|his|her|their) (?:previous|former|old|last|current)",
        r"(?:critical|negative|disparaging|dismissive) (?:of|about) (?:your|my) (?:previous|forme"
        r"r|old|"
        r"last|current|colleagues|team|manager|employer)",
        r"put (?:her|him|them) off",
        r"blame[ds]? (?:your|my|the|others)",
        r"blaming",
        r"got defensive",
        r"can't take feedback",
        r"took over and didn't let",
        r"argued with",
    ],
    "preparation": [
        r"nothing to ask",
        r"under-?prepared",
        r"(?:couldn't think of|didn't have|had) (?:a single|any|one) questions? to ask",
        r"(?:wasn't sure|didn't know|no idea) what (?:the|their) (?:company|firm|business|organi["
        r"sz]ation) "
        r"(?:actually )?(?:did|does)",
        r"didn't ask (?:about )?(?:anything|any questions|about the (?:team|role|company|job))",
        r"(?:joined|arrived|turned up|was) (?:\w+ )?(?:minutes )?late",
        r"time zone wrong",
        r"(?:didn't|did not) realise (?:the|what) (?:job|role|company|position)",
        r"prepared for (?:a|the) (?:different|wrong|consumer|\w+) role",
        r"didn't bother (?:asking|to ask|researching|to research|reading|preparing|looking)",
        r"looked lazy",
        r"forgot (?:the|their|her|his) name",
        r"(?:didn't|did not|never) follow(?:ed)? up",
        r"thank[- ]you (?:note|email|message)",
        r"no (?:follow-up )?questions",
        r"(?:the )?wrong (?:product|company|name|firm)",
        r"confused (?:them|it|the company|the firm) with",
        r"no idea what the (?:role|job|company|team|position)",
        r"no notes",
        r"too casual",
        r"went in cold",
        r"unprepared",
        r"didn't ask (?:a single|any|one) questions?(?: about(?: \w+){1,6})?",
        r"(?:didn't|forgot to) bring(?! (?:the |much |any |enough |real )?(?:presence|energy|"
        r"enthusiasm|confidence|gravitas|spark|passion|drive|authority|buzz))",
        r"disorgani[sz]ed",
        r"(?:hadn't|didn't|haven't|did not|had not) (?:even |properly |really |fully )?(?:read|lo"
        r"oked|"
        r"research\w*|prepar\w*|signed up)",
        r"no questions",
        r"(?:zero|no|didn't have any|not a single|didn't have a single|did not have any) "
        r"questions",
        r"wrong version of the job description",
        r"forgotten which role",
        r"covered everything",
        r"you make software",
    ],
    "motivation": [
        r"check(?:ing|ed)? (?:the|my|your) (?:time|clock|watch)",
        r"wanted to leave",
        r"too focused on (?:the )?(?:money|salary|pay|package)",
        r"brought up (?:the )?(?:salary|money|pay)",
        # "a very flat structure" describes the employer.
        r"(?:bit |(?<!\ba )quite |(?<!\ba )very |a little )flat(?! rate| out| fee)",
        r"(?:more|no|lacked|without) spark",
        r"more (?:excited|interested) (?:about|in|by) the (?:title|money|salary|perks|benefits|pa"
        r"y)",
        r"(?:you'd|would|might|will|could) leave (?:for|within|after|in)",
        r"what i could offer",
        r"what (?:i|you) (?:wanted|want) from (?:them|us)",
        r"disengaged",
        r"unengaged",
        r"not engaged",
        r"(?:came across as|seemed|looked|sounded) (?:a bit |quite |very )?bored",
        r"flight risk",
        r"(?:\w+|\d+) (?:roles|jobs|moves) in (?:\w+|\d+) years",
        r"side (?:business|hustle)",
        r"(?:didn't|did not|don't) (?:really )?want (?:it|the job|the role)",
        r"(?:didn't|did not|don't) (?:seem to )?care",
        r"check(?:ing|ed)? (?:my|your) phone",
        r"step down in (?:seniority|level|responsibility)",
        r"step backwards?",
        r"eager to leave",
        r"running away",
        r"desperate to leave",
        r"wanted out",
        r"(?:because|as) it(?:'s| was| is) (?:close to home|near|local|convenient|nearby)",
        r"close to home",
        r"find the role too junior",
        r"overqualified",
        r"(?:any|no|low|lacked|without) energy",
        r"ran out of steam",
        r"lack of (?:interest|enthusiasm|motivation|passion|drive)",
        r"(?:not|didn't|don't|doesn't|wasn't|weren't|isn't) (?:seem )?"
        r"(?:very |that |particularly |really )?interested",
        r"(?:dis|un)interested",
        r"didn't sell us on why",
        r"looking over your shoulder",
        r"itching for(?: an?)?(?: \w+)?(?: role| job| move| promotion)?",
        r"(?:wouldn't|won't|might not|not) stay",
        r"you'd get bored",
        r"get bored",
        r"(?:wouldn't|won't) hold your interest",
        r"(?<!\bwe'd )(?<!\bwe would )(?<!\bi'd )rather be(?! honest| clear| upfront| straight)",
        r"why consulting",
        r"generic line about",
        r"seems like a good company",
        r"growth opportunities",
        r"three jobs in two years",
        r"under \d+ months",
        r"back to uni",
    ],
    "culture_fit": [
        r"(?:rude|superior|condescending|dismissive) (?:with|to|towards) (?:the )?(?:receptionist"
        r"|staff|"
        r"front desk|junior staff)",
        r"scruffy",
        r"underdressed",
        r"overdressed",
        r"(?:be|do|fit|thrive) (?:more )?(?:brilliant|great|better|happier|best|well|successful|"
        r"comfortable) (?:in|at) (?:a|an) (?:more |bigger |"
        r"smaller |larger )?[\w-]+ (?:agency|company|organi[sz]ation|environment|business|team|fi"
        r"rm|"
        r"setting|school|hospital|practice)",
        r"a bit (?:too )?(?:formal|corporate|casual|laid-back|stiff)",
        r"set in (?:your|my) ways",
        r"the way your old company",
        r"too (?:corporate|formal|laid-back|relaxed|structured)",
        r"go stir-crazy",
        r"don't want that life",
        r"better suited to(?! (?:someone|somebody|a candidate|an applicant|candidates))",
        r"difficult match for",
        r"wouldn't suit you",
        r"(?:thrive|be happier|do better|be more at home) in a (?:\w+ ){0,4}"
        r"(?:environment|organi[sz]ation|org|company|setting|team|operation|business|outfit|"
        r"place|structure)",
        r"(?:would|may|might) not suit (?:you|the way|our (?:culture|team|way))",
        r"not sure i fit",
        r"personality, not ability",
    ],
    "application_materials": [
        r"(?:cv|cover letter|application|resume) still (?:said|had|mentioned|named|listed)",
        r"application (?:did not|didn't|does not|doesn't|failed to) (?:clearly |fully |sufficient"
        r"ly )?"
        r"(?:evidence|demonstrate|show|"
        r"address|meet)",
        r"(?:did not|didn't) (?:evidence|address) the (?:essential |key )?criteria",
        r"typo",
        r"spelling errors?",
        r"formatting errors?",
        r"(?:not|wasn't|weren't|isn't|hadn't|hasn't|haven't) (?:been )?tailored",
        r"generic cv",
        r"same generic cv",
        r"cv (?:undersold|undersells)",
        r"named another firm",
        r"still had the last company's name",
        r"list of duties",
    ],
    "confidence": [
        r"froze up",
        r"(?:too |very |quite |a bit )?passive(?! (?:design|house|houses|fire|income|voice|"
        r"cooling|heating|solar|safety|components?|candidates?)\b)",
        r"let others lead",
        r"barely (?:said anything|spoke)",
        r"(?:overly|too) confident",
        r"eager to please",
        r"agree(?:ing|d) with everything",
        r"guarded",
        r"worried about saying the wrong thing",
        r"came across as (?:weak|nervous|unsure|timid|desperate|arrogant|meek|insecure)",
        r"undersold (?:my|your) (?:[\w-]+ ){0,3}experience",
        r"undersold (?:myself|yourself)",
        r"(?:too |very |quite |a bit )reserved",
        r"(?:didn't|did not|couldn't|don't) (?:really )?sell "
        r"(?:yourself|myself)",
        r"desperate",
        r"needy",
        r"(?:stayed|kept|was|were|remained) (?:very |too |quite )?quiet",
        r"let (?:[\w-]+ ){0,2}dominate",
        r"(?:didn't|hadn't|did not|never) (?:really )?(?:contribute|contributed|speak up|spoke up)",
        r"too modest",
        r"downplay\w*",
        r"deflect\w*",
        r"played down",
        r"oversold (?:myself|yourself)",
        r"nervous",
        r"nerves",
        r"anxious",
        r"timid",
        r"hesitant",
        r"shy",
        r"arrogant",
        r"unsure of (?:yourself|myself)",
        r"cocky",
        r"know-it-all",
        r"over-?confident",
        r"sold myself (?:way )?short",
        r"lost my nerve",
        r"second-guessing",
        r"panick?ed",
        r"flustered",
        r"hands were shaking",
        r"couldn't look anyone in the eye",
        r"oversold myself",
        r"came across as timid",
        r"mumbled",
        r"so nervous",
        r"nerves got",
    ],
    "compensation": [
        r"someone cheaper",
        r"cheaper (?:candidate|option|applicant)",
        r"(?:rate|salary|ask|figure|expectations) (?:was|were|is|are) (?:well |way |a lot |signif"
        r"icantly |"
        r"much )?(?:above|higher|over)",
        r"(?:too|very|quite) expensive",
        r"(?:than|what) (?:they|we) (?:have )?budgeted",
        r"\d+k? (?:more|over|above)",
        r"grand (?:more|over|above)",
        r"asking for (?:[\w-]+ ){0,2}more than",
        r"more than the top of",
        r"(?:capped|tops out|max(?:imum)? is|most they can offer)",
        r"(?:above|over|beyond|more than) (?:what (?:we|they)|our|their|the) (?:budget|band|"
        r"range|pay|have)",
        r"wouldn't go below",
        r"couldn't see a way to bridge",
        r"salary gap",
        r"salary was the deal-breaker",
        r"went in high",
        r"way off what they pay",
        r"well above what they pay",
        r"over what they've got",
    ],
}

STRONG: dict[str, list[str]] = {
    "confidence": [r"held (?:my|your|their) own", r"real assurance", r"stayed calm"],
    "collaboration": [
        r"pitched in",
        r"easy (?:you are |to be around and )?to work with",
        r"worked well with others",
        r"easy to work with",
    ],
    "preparation": [
        r"good questions",
        r"nobody could say i didn't prepare",
        r"questions were insightful",
        r"well prepped",
        r"questions lined up",
        r"knew their numbers",
        r"reading i did paid off",
    ],
    "compensation": [
        r"(?:salary|pay|rate|figure|number|ask|expectations)(?:'s)?\b[\w ,'-]{0,40}?(?:within|"
        r"inside|in line with|fit within|fits? (?:within|our|their)|comfortably|sits well|"
        r"reasonable|works for|fine)",
        r"agreed on a number",
        r"salary's fine",
    ],
    "motivation": [r"enthusiasm for [\w ]+ (?:really )?stood out", r"so keen on"],
    "culture_fit": [
        r"(?:great|good|strong|natural|perfect) fit (?:for|with) (?:the|our|their) team",
        r"shared our values",
        r"slot into the team really well",
        r"fit right in",
        r"fitted the team's culture",
    ],
}

EXTERNAL: dict[str, list[str]] = {
    "competition": [
        r"(?:appointed|hired|chosen|selected) (?:a|an) (?:[\w-]+ )?(?:coach|teacher|nurse|chef|en"
        r"gineer|"
        r"developer|manager|designer|analyst|accountant)",
        r"(?:have|we've|they've) (?:now )?filled (?:this|the) (?:position|role|vacancy|post)",
        r"(?:given|gave) (?:it|the job|the role|the post|the position) to",
        r"(?:appoint|offer the (?:role|post|job|position) to|filled (?:the|this) (?:vacancy|role|"
        r"post|"
        r"position) with|proceed with|progress with|move forward with|going forward with) (?:a|an|"
        r"another|the other|someone)",
        r"the successful (?:candidate|applicant)",
        r"(?:our|the|their) (?:chosen|preferred|appointed|selected) (?:candidate|applicant|person)",
        r"more suitable (?:candidates|applicants|people)",
        r"(?:second|next) choice",
        r"first choice (?:accepted|said yes|took it)",
        r"runner-up",
        r"(?:preferred|chose|picked|selected|appointed|hired|went for|go for|going for) (?:another "
        r"(?:candidate|applicant|person)|the other (?:candidate|applicant|person|finalist)|someone|"
        r"somebody|her|him|a candidate|an applicant|an internal)(?! with)",
        r"one other (?:person|candidate|applicant|finalist)",
        r"another (?:candidate|applicant|finalist|person|teacher|nurse)(?:'s)?",
        r"(?<!\bas )(?<!\bthan )(?<!\bpursue )(?<!\bpursuing )(?:other|stronger) "
        r"(?:candidates?|applicants?|finalists?|guy|person|field)",
        r"someone else(?!'s)",
        r"(?:closer|better|stronger) (?:match|fit)",
        r"strong field",
        r"competition was",
        r"line up (?:a bit )?more closely",
        r"aligned more closely",
        r"more closely (?:aligns?|aligned|matched|matches|meets?|met|fits?)",
        r"closer to the",
        r"went the other way",
        r"preferred someone",
        r"(?:by|on) a narrow margin",
        r"the person they hired",
        r"(?:position|role|vacancy|post) has (?:since )?been filled",
        r"(?:offered|offer) (?:it|the job|the role|the position|the post) to",
        r"(?:going|gone|went|go) (?:ahead )?with (?:two|a|an|someone|another|the other)",
        r"appointed (?:a|another) candidate",
        r"strength of the other",
        r"(?:found|identified|chosen|selected|appointed|hired) (?:another|a|an|someone)"
        r"(?: \w+)? (?:candidate|applicant|person|someone)",
        r"one other finalist",
    ],
    "position_change": [
        r"not (?:to )?fill (?:this|the) (?:position|role|post|vacancy)",
        r"change in (?:our )?(?:operational )?requirements",
        r"not replacing (?:the|this) (?:role|post|position)",
        r"split between (?:the )?existing",
        r"existing team members",
        r"outsourc\w+",
        r"(?:role|job|position|post)(?:'s| is| has)? (?:now )?gone",
        r"layoffs?",
        r"redundanc(?:y|ies)",
        r"req (?:got |was |has been )?(?:cut|pulled|closed|cancell?ed)",
        r"not (?:to )?(?:move forward|proceed|progress) with any (?:candidates|applicants|of the "
        r"candidates)",
        r"(?:not to continue|discontinue) (?:with )?(?:this|the) (?:recruitment|campaign|process|"
        r"vacancy)",
        r"budget (?:for (?:this|the) (?:post|role|position) )?(?:was |has )?not (?:been )?approved",
        r"re-?advertis\w+",
        r"(?:role|vacancy|position|post) (?:is|has been|was) (?:now )?closed",
        r"than originally advertised",
        r"recruit at a (?:more senior|different|lower|higher|more junior) level",
        r"(?:leave|keep|leaving|keeping) the (?:post|role|position|vacancy) (?:vacant|open|unfill"
        r"ed)",
        r"(?:role|position|job|post) has changed",
        r"changed significantly",
        r"not (?:to )?replace (?:the|this) (?:role|post|position)",
        r"not (?:to )?recruit to (?:this|the) (?:post|role|position)",
        r"(?:being )?redesigned",
        r"review(?:ing)? (?:the|our) (?:structure|service|team)",
        r"withdraw (?:the|this) (?:vacancy|role|position|post|job)",
        r"needs have changed",
        r"(?:keep|keeping|kept) (?:the role|it|the job|the position) in-house",
        r"in-house (?:candidate|hire|applicant)",
        r"promot(?:e|ed|ing) (?:one of|an existing|internally|from within|someone "
        r"internally)",
        r"on pause",
        r"from within",
        r"acting up in the role",
        r"hold(?:ing)? off",
        # "their recent acquisition of Lumo" is the employer's news, not the role's fate.
        r"(?<!\btheir )(?<!\brecent )(?<!\bits )(?<!\bour )acquisition",
        r"merger(?! integration)",
        r"discontinued",
        r"(?:job|role|post|position|vacancy)(?:'s| has| was| is)? (?:been |being )?(?:pulled|cut|"
        r"axed|"
        r"withdrawn|cancell?ed|scrapped|removed)",
        r"different direction with (?:this|the) (?:role|position)",
        r"re-?scoped",
        r"slashed",
        r"promised (?:the job|the role|it|the position) to",
        r"contractor",
        r"(?:role|position|vacancy|post|job) (?:has been |was |is being )?(?:pulled|axed|cut)",
        r"fill(?:ed|ing)? (?:\w+ ){0,3}internally",
        r"internal (?:candidate|applicant|transfer|"
        r"person|hire|move)",
        r"someone internal(?:ly)?",
        r"an internal",
        r"(?:hire|recruit|appoint)(?:ed|ing)? internally",
        r"existing member of staff",
        r"moved across",
        r"on hold",
        r"on ice",
        r"frozen",
        r"freez(?:e|ing)",
        r"paus(?:e|ed|ing) (?:this |the |our |all )?(?:hiring|recruitment|process|role|vacancy|th"
        r"e)",
        r"budget (?:got |has been |was )?(?:pulled|cut|cuts)",
        r"budget constraints",
        r"funding (?:for|shortfall|has|was)",
        r"lost funding",
        r"restructur\w*",
        r"reorgani[sz]\w*",
        r"(?<!\boffer )(?<!\boffer was )(?<!\boffer got )(?:withdrawn|cancell?ed|scrapped|folded "
        r"into|merged)",
        r"no longer (?:available|exists|be recruited|being recruited|recruit|recruiting)",
        r"loss of (?:a|the) (?:major |key |big )?contract",
        r"lost (?:a|the) (?:major |key )?contract",
        r"moving the (?:role|job|position|team) to",
        r"doesn't exist anymore",
        r"close this requisition",
        r"reduce headcount",
        r"headcount",
        r"change in (?:our )?(?:business )?(?:strategy|priorities)",
        r"contractor instead",
        r"not appointing anyone",
        r"will not be filled",
        r"rewriting the brief",
        r"hiring plans",
        r"departmental review",
    ],
    "logistics": [
        r"(?:office|home|site|field|london|manchester|birmingham|leeds|glasgow|edinburgh|bristol|"
        r"city|"
        r"us|uk|europe)-based",
        r"(?:i'm|i am|you're|you are) moving to",
        r"(?:from|in|at) (?:our|the|their) (?:[\w-]+ )?office",
        r"lives (?:\w+ )?(?:minutes|miles) (?:from|away)",
        r"(?:can|could|able to) drive",
        r"\d+ ?(?:am|pm) starts?",
        r"early starts?",
        r"late finish(?:es)?",
        r"early mornings?",
        r"flexible hours",
        r"flexibility (?:on|around|with) (?:hours|days|location)",
        r"start (?:the )?next (?:day|week|month)",
        r"(?:already )?living in",
        r"lives? in",
        r"work permits?",
        r"sponsor(?:ship)?",
        r"pick-?up",
        r"drop-?off",
        r"(?:leave|finish) (?:at|by) \d",
        r"part[- ]time (?:arrangement|hours|basis|working|pattern)",
        r"(?:can|could) (?:only )?work (?:part|full)[- ]time",
        r"work full[- ]time",
        r"start date",
        r"office-based",
        r"home-based",
        r"(?:fully )?remote",
        r"(?:frequent |regular |a lot of |extensive |willing to )?travel(?:ling)?(?! industry| se"
        r"ctor)",
        r"saturday",
        r"sunday",
        r"childcare",
        r"hours (?:per|a) week",
        r"minimum of \d+ hours",
        r"\d+ hours",
        r"commit to (?:a minimum|\d+|full|the hours)",
        r"driv(?:e|ing) between",
        r"driving licen[cs]e",
        r"(?:a|own) car(?! allowance| park)",
        r"(?:own )?transport",
        r"night work",
        r"evening work",
        r"unsocial hours",
        r"travel between",
        r"start (?:sooner|earlier|straight away|right away|immediately|tomorrow)",
        r"(?:four|five|three|two) days a week",
        r"flexible working",
        r"working patterns?",
        r"can only (?:do|work)",
        r"working hours",
        r"(?:four|five|three|two) days(?! early| late| before| after| ago| later| notice)",
        r"reloc\w*",
        r"commut\w*",
        r"on[- ]site",
        r"in the (?:\w+ )?office",
        r"office (?:\w+ ){0,3}days",
        r"days a week",
        r"remote",
        r"hybrid",
        r"visas?",
        r"sponsor(?:ing|s)? (?:\w+ )?visas?",
        r"sponsorship",
        r"work(?:ing)? authori[sz]ation",
        r"right to work",
        r"eligib\w* to work",
        r"authori[sz]ed to work",
        r"notice period",
        r"(?:months?|weeks?)(?:'s|')? notice",
        r"(?:your|my) notice",
        r"start (?:date|within|immediately|next week|in|by)",
        r"able to start",
        r"availab(?:le|ility) (?!for interview)",
        r"availability",
        r"(?:split|night|late|early|weekend|evening) shifts?",
        r"shifts",
        r"shift (?:pattern|work)",
        r"weekends?",
        r"late-close",
        r"rota",
        r"school run",
        r"\d[.:]\d\d starts",
        r"based (?:at|in)",
        r"lives locally",
        r"(?<!\()nights",
        r"(?<!\bits )(?<!\bthe role's )location",  # "appealed because of its location": motive
        r"moves to",
        r"saturdays",
        r"sundays",
        r"full-time presence",
        r"work saturdays",
    ],
}

# With no cue nearby these themes still read as a weakness: money only comes
# up in a rejection when it did not fit.
DEFAULT_WEAK = frozenset({"compensation"})

# In a clause that is about the CV, "the job description" and "results" describe
# the document: those topics defer to application_materials there.
DEFER = {
    "preparation": "application_materials",
    "behavioral_examples": "application_materials",
    "communication": "application_materials",
}


# Paraphrase families. Each entry covers a way of saying the thing, not one sentence:
# hedged criticism ("a touch green"), idioms ("itchy feet", "square peg"), indirect
# phrasing ("how their subscription model makes money") and comparisons ("had twenty
# years on me").
_HEDGE = r"(?:a (?:little|bit|touch|tad) |somewhat |slightly |rather |quite |very |too |fairly )?"

TOPICS["technical_skills"] += [
    r"(?:the )?(?:maths?|numbers?|numerical|finance|financial|technical|practical|figures|"
    r"coding|written|theory|theoretical|accounting|engineering|clinical|data|analytics|analytical|"
    r"quantitative|statistical|programming|software|development|scientific|tech) (?:part|side|"
    r"element|bit|"
    r"section|paper|component|elements)",
    r"credentials",
    r"knife (?:work|skills)",
    r"(?:hands-on|technical|practical|clinical|coding|software) (?:ability|abilities|capability)",
    r"(?:percentage|percentages|mental arithmetic|margin|margins|unit economics)",
    r"(?:word|powerpoint|outlook|office|microsoft office|ms office)(?= (?:and|skills|or))",
    r"(?:inaccuracies|miscalculat\w+)(?: in the (?:figures|numbers|sums))?",
]
TOPICS["problem_solving"] += [
    r"(?:strategy|strategic|case|estimation|prioriti[sz]ation|market sizing) questions?",
    r"first (?:quarter|ninety days|hundred days|thirty days|sixty days|year in the role)",
    r"(?:the )?(?:in-tray|data|prioriti[sz]ation|budgeting|interpretation) "
    r"(?:task|exercise|activity)",
]
TOPICS["experience_level"] += [
    r"(?:time|years|seasons|miles) (?:on|in|at) the (?:tools|job|floor|ground|road|ward|coalface)",
    r"career (?:stage|level)",
    r"(?:stage|point) (?:in|of) (?:your|my) career",
    r"(?:hands-on|direct|frontline|front-line|operational) (?:experience|exposure|background)",
]
TOPICS["domain_knowledge"] += [
    r"(?:our |the |their )?client base",
    r"ins and outs(?: of)?",
    r"(?:pressures|demands|realities|challenges) (?:on|facing|in) (?:the |our |their )?"
    r"(?:[\w-]+ ){0,3}?"
    r"(?:sector|industry|market|business|service|services|pharmacies|practices|schools|trade)",
    r"how (?!(?:our |the |their |your )?team\b)(?:the |their |our |a |an )?(?:[\w-]+ ){0,3}?"
    r"(?:works|makes? (?:its )?money|operates|"
    r"prices? (?:risk|its|their)|is (?:regulated|funded|run)|are (?:regulated|funded|run)|earns?)",
    r"(?:our|their|the) (?:new |latest |core |main |current )?(?:products?(?! (?:roadmap|team|"
    r"strategy|launch|plans?|review)\b)|product (?:range|lines?)|"
    r"offering|business model|funding model|operating model)",
    r"(?:the |our |their )?(?:[\w-]+ )?(?:trade|market|sector) (?:drivers|dynamics|economics)",
    r"commercial drivers",
    r"(?:familiarity|acquaintance) with (?:our |the |their )?(?:[\w-]+ ){0,3}"
    r"(?:sector|industry|market|clients|customers|client base|customer base|world|space|business)",
]
TOPICS["communication"] += [
    r"(?:your|my) voice",
    r"(?:lay|non-specialist|non-technical|general) audience",
    r"(?:non-specialists|non-technical (?:people|colleagues|stakeholders)|lay people|laypeople)",
    r"(?:made|make|making) (?:yourself|myself) (?:understood|heard)",
    r"(?:presented|present|presenting) (?:your|my|the) (?:numbers|findings|data|results|case|work)",
    r"the way (?:you|i) (?:presented|explained|described|put)",
    r"(?:your|my) own voice",
]
TOPICS["behavioral_examples"] += [
    r"(?:detail|specifics) (?:when|about|on) (?:talking|discussing|describing)",
    r"what (?:actually )?happened in the end",
    # "the Q3 results" and "test results" are figures, not the outcome of a story.
    r"(?<!\bq1 )(?<!\bq2 )(?<!\bq3 )(?<!\bq4 )(?<!\bquarterly )(?<!\bannual )(?<!\bfinancial )"
    r"(?<!\byear-end )(?<!\bsearch )(?:the |an? )?(?:end )?result",
    r"what (?:you|i)(?:'d| had)? (?:actually|personally) (?:done|did|drove|owned|contributed|"
    r"delivered|achieved)",
    r"(?:one|a single|any) thing (?:you|he|she|they|i) (?:actually )?(?:achieved|delivered|did)",
]
TOPICS["leadership"] += [
    r"(?:bringing|bring|brought|take|taking|took) (?:others|people|the team|colleagues) (?:with|"
    r"along)",
    r"(?:manage|run|lead|head) (?:a|the) (?:department|team|unit|ward|service|function|"
    r"store|site|shift|crew) of",
    r"the people side",
    r"(?:in charge|charge) of (?:the|a) (?:ward|shift|team|site|floor|kitchen|unit|store)",
    r"coordinat(?:e|ed|ing) (?:a |the )?shifts?",
]
TOPICS["collaboration"] += [
    r"(?:let|allow|allowed|letting) (?:the )?(?:others|other people|anyone else|colleagues) "
    r"(?:speak|talk|contribute|in)",
    r"(?:spoke|speak|speaking|talked|talking|talk) over (?:colleagues|others|people|the others|"
    r"other candidates|teammates|the rest)",
    r"team-based",
    r"(?:with|alongside) (?:the )?(?:wider |rest of the )?(?:team|colleagues|others)",
    r"joint working",
    r"(?:on|from) (?:the )?(?:team|board|side)",
]
TOPICS["preparation"] += [
    r"(?:ofsted|annual|impact|inspection|cqc) report",
    r"(?:their|our|the) (?:strategy|website|annual report|latest news)",
    r"(?:who|whom) (?:i|you) (?:was|were) meeting",
    r"(?:had|have|any) (?:any )?questions",
]
TOPICS["motivation"] += [
    r"(?:why|what) (?:(?:really )?attract(?:ed|s)?|drew|draws|brought) (?:you|me)",
    r"drawn to (?:the |this |our |a )?(?:[\w-]+ ){0,3}(?:sector|industry|role|work|field|career|"
    r"company|profession|organi[sz]ation)",
    r"(?:where|how) (?:you|i) want to (?:build|take|grow) (?:a|your|my) career",
    r"(?:a|the) (?:role|job|position) (?:you|i) (?:really )?want(?:ed)?",
    r"(?:really|truly) want(?:ed)? (?:it|the job|the role|this)",
    r"(?:lose|lost|losing) interest",
    r"(?:your|my) reasons? for",
    r"why (?:you|i)(?:'re| are| were| was)? (?:\w+ing|keen|interested|here)",
]
TOPICS["culture_fit"] += [
    r"(?:pace of change|informality|formality|hierarchy|flat structure)",
    r"(?:our|their|the) (?:\w+ )?(?:culture|team culture|ways? of working)",
    r"(?:belong|belonged|fitted in|fit in)",
]
TOPICS["compensation"] += [
    r"pricier",
    r"(?:more )?expensive",
    r"(?:on the )?(?:high|pricey|expensive) side",
    r"(?:anything|nothing) (?:above|over|more than) (?:£|\$|€)?\d+",
    r"ceiling",
]

WEAK["technical_skills"] += [
    r"out of (?:my|your|his|her|their) depth (?:on|with|when|in) (?:the )?(?:[\w-]+ ){0,4}"
    r"(?:questions?|technical|maths|numbers|coding|code|pricing|modelling|tax|law|regulations?|"
    r"asking about|asked about)",
    r"(?:couldn't|could not|can't|didn't) (?:do|work out|calculate|solve) (?:the |a )?"
    r"(?:sum|sums|maths|percentage|calculation|margin|numbers|equation)",
    r"(?:uncomfortable|uneasy|shaky|wobbly) (?:with|on|around|whenever) (?:the )?"
    r"(?:conversation turned to )?(?:numbers|figures|maths|data|spreadsheets)",
]
WEAK["problem_solving"] += [
    r"(?:went|go|going) down a rabbit hole",
    r"(?:jumped|leapt|launched|dived|dove) (?:straight )?(?:in|into)(?: a| the)? "
    r"(?:solution|answer|recommendation|code|coding|the build)",
    r"(?:no|without (?:a|any)) (?:plan|method|framework|structure)(?: at all)?",
    r"(?:only|just) (?:managed|got through|finished|completed) (?:\w+|\d+) of the",
    r"(?:prioriti[sz]ed|ordered|tackled) the wrong",
    r"(?:missed|skipped|overlooked) (?:key |the |some |important )?(?:escalation |safety )?steps",
    r"assumptions were (?:way off|wrong|unrealistic|off)",
]
WEAK["experience_level"] += [
    r"(?:a |too )?(?:touch|tad|little|bit) green",
    r"(?:quite |rather |very |still |too )green",
    r"(?:too |a bit |rather |quite )?early in (?:your|my|his|her|their) career",
    r"(?:\w+|\d+) years on (?:me|you|him|her)",
    r"(?:more )?grey hair",
    r"(?:someone|somebody|a candidate|an applicant|a person) (?:older|more seasoned|"
    r"more established)",
    r"(?:more|less) seasoned",
    r"(?:not|hasn't|haven't|never) (?:yet )?done (?:a|the) (?:full |"
    r"whole )?(?:\w+ )?on (?:your|my) own",
    r"(?:had|has|brought) (?:a (?:little|bit) )?more (?:in the tank|under (?:their|his|her) belt)",
    r"(?:more|longer) (?:time|tenure) (?:in|on|at)",
    r"more (?:hands-on|direct|practical|frontline) (?:[\w-]+ ){0,2}(?:behind|under)",
    r"behind them",
    r"under (?:their|his|her) belts?",
]
WEAK["communication"] += [
    r"(?:all over the (?:shop|place))",
    r"(?:hard|difficult|tough) to (?:hear|pick out the point|follow the thread)",
    r"lost (?:my|your|the) (?:thread|train of thought)",
    r"(?:telling|told) (?:us|them) what (?:we|they) wanted to hear",
    r"(?:talked|spoke|went on) (?:non-stop|for ages|endlessly)",
    r"steer (?:me|you|him|her) back",
    r"(?:became|got|was|were) (?:quite |too |very )?technical for",
]
WEAK["behavioral_examples"] += [
    r"(?:forgot|failed|didn't|did not|never) (?:to )?(?:say|mention|explain|give) (?:what|the) "
    r"(?:actually )?(?:happened|result|outcome|impact)",
    r"no (?:end )?result",
    r"gave (?:them|us) opinions",
    r"(?:what|how) (?:you|i) would do in general",
    r"(?:rather than|not) what (?:you|i) (?:have|had) (?:actually )?done",
    r"(?:described|describing|talked about) (?:what happened|the situation) rather than",
]
WEAK["leadership"] += [
    r"(?:never|not|haven't|hasn't|hadn't) (?:yet |really |actually )?"
    r"(?:mentored|coached|supervised|line[- ]managed|managed anyone|led anyone|led a team)",
    r"(?:someone else|others|other people) (?:always |usually )?made the (?:call|decisions?)",
    r"not (?:quite |yet )?ready to step up",
]
WEAK["collaboration"] += [
    r"lone (?:operator|ranger|wolf)",
    r"(?:rather|prefer(?:s|red)? to|prefer) work (?:alone|on (?:my|your|his|her) own|"
    r"independently|solo)",
    r"steamroll\w*",
    r"(?:in )?(?:a |quite a |rather a |a very )?negative (?:way|light|terms)",
    r"(?:argued|argue|arguing) (?:instead of|rather than) (?:listening|listen)",
    r"(?:spoke|speak|speaking|talked|talking) over (?:colleagues|others|people|the others|"
    r"other candidates|teammates|the rest|one of)",
    r"(?:didn't|did not|never|wouldn't|won't) (?:really )?let (?:the )?(?:others|other people|"
    r"anyone else) (?:speak|talk|contribute|in)",
    r"walk all over",
]
WEAK["preparation"] += [
    r"(?:expected|expect) (?:you|candidates|applicants) to (?:have )?(?:read|researched|looked)",
    r"(?:forgot|didn't|did not|never) (?:to )?check (?:who|what|where|which)",
    r"(?:had|have|any) (?:any )?questions and (?:you|i) said no",
    r"(?:asked|asking) (?:her|him|them) what (?:she|he|they) (?:did|does|do)",
    r"(?:hadn't|had not|didn't|did not|never) (?:read|checked|looked at) the (?:spec|advert)",
    r"(?:wasn't|were not|weren't|not) able to tell us (?:much|anything)",
]
WEAK["motivation"] += [
    r"itchy feet",
    r"(?:be|get|grow|become|feel) (?:bored|restless)",
    r"(?:lose|losing|lost) interest",
    r"a way into",
    r"(?:because|as) it was (?:close|near) (?:to )?(?:my|home)",
    r"near (?:my|our) (?:house|home|flat)",
    r"going through the motions",
    r"(?:not|wasn't|weren't) (?:entirely |really |quite )?sure (?:this|it) was (?:a|"
    r"the) (?:role|job)",
]
WEAK["culture_fit"] += [
    r"square peg",
    r"clash(?:ed)? with (?:the |a |our |their )?(?:[\w-]+ ){0,2}(?:founder|ceo|owner|md|culture|"
    r"team|manager|boss)",
    r"(?:didn't|did not|don't|wouldn't) (?:really )?(?:belong|fit in|fit the)",
    r"(?:would|might|may|could) (?:be )?(?:better )?suit(?:ed)? (?:to )?(?:a|an) (?:[\w,-]+ ){0,4}"
    r"(?:organi[sz]ation|company|business|firm|team|environment|setting|school|practice|startup|"
    r"agency|corporate)",
    r"(?:not|wasn't|weren't|didn't|don't|doesn't) (?:seem )?comfortable with the "
    r"(?:informality|formality|pace|culture|way we)",
    r"find (?:our|the) pace",
    r"(?:too|a bit too|quite) (?:salesy|laid-back|corporate)",
    r"wouldn't warm to",
    r"(?:work and life|work-life) separate",
]
WEAK["compensation"] += [
    r"(?:pricier|more expensive|dearer) than",
    r"(?:on the )?high side",
    r"(?:\d+k?|(?:a )?(?:few|couple of) (?:grand|thousand)) (?:over|above) (?:their|our|the) "
    r"(?:ceiling|cap|budget|band|range|top)",
    r"(?:anything|nothing) (?:above|over|more than) (?:£|\$|€)?\d+",
    r"(?:way )?out of line with what (?:they|we) (?:offer|pay)",
    r"(?:cagey|evasive|vague) about (?:your|my) (?:current )?(?:salary|pay|package)",
]
STRONG["preparation"] += [
    r"(?:the )?most (?:prepared|well-prepared|researched)",
    r"(?:clearly|obviously) (?:done|did) (?:your|my|their) homework",
]
STRONG["domain_knowledge"] = [
    r"knew more about (?:their|our|the) (?:[\w-]+ ){0,3}than",
]
STRONG["motivation"] += [r"breath of fresh air"]
EXTERNAL["competition"] += [
    r"others (?:on|in) the (?:shortlist|process|field|pool|running|final round)",
    r"the other (?:\w+ )?(?:finalists|candidates|applicants|interviewees|shortlisted \w+)",
    r"(?<!\bonly )(?:other )?shortlisted (?:people|candidates|applicants)",
    r"edged it",
    r"(?:they|we)(?:'ve| have)? (?:now )?filled (?:the|this) (?:role|position|post|vacancy|job)",
    r"a close second",
    r"(?:the person|the one|whoever|someone) (?:they|we) (?:picked|chose|went with|hired|"
    r"appointed)",
]
EXTERNAL["position_change"] += [
    r"reorgs?",
    r"not (?:to )?(?:hire|recruit|appoint) anyone",
    r"(?:nobody|no one|no-one)(?:'s| is) hiring",
    r"not hiring",
    r"swallowed up",
    r"not (?:to )?(?:move forward|proceed|progress|go ahead) with (?:any|an|"
    r"the) (?:appointment|hire|hiring)",
    r"already (?:part of|on|works? (?:for|in|at)|employed by) (?:our|the) (?:\w+ )?"
    r"(?:staff|team|bank|organi[sz]ation|company|books)",
    r"(?<!\brejected )(?<!\brejection )(?:from (?:their|our|the) (?:own )?graduate scheme|"
    r"existing staff|bank staff)",
    r"(?:hiring|recruitment) freeze",
    r"(?:pushed|put) back to",
    r"no longer exists",
    r"budget line",
    r"hiring manager (?:has )?left",
]
EXTERNAL["logistics"] += [
    r"(?:working|work) from home",
    r"wfh",
    r"in post by",
    r"(?:three|four|five|\d) days in the office",
    r"drive between",
    r"(?:don't|doesn't|do not) (?:have|drive) (?:a car|a licen[cs]e)",
]

TOPICS["technical_skills"] += [
    r"(?:technical|specialist|clinical|legal|subject|practical) knowledge of (?:the |our |their )?"
    r"(?:[\w-]+ ){0,3}[\w-]+",
    r"(?:ux|ui|user experience|user research|interaction design|typography|product design)"
    r"(?: work| skills| design)?",
]
TOPICS["problem_solving"] += [
    r"(?:your|my) case(?= (?:was|went|study|analysis|work))",
]
WEAK["domain_knowledge"] += [
    r"(?:never|not|haven't|hadn't|hasn't|have not|had not|has not) (?:\w+ )?worked in (?:a|an|the) "
    r"(?:[\w-]+ ){0,2}(?:school|hospital|charity|bank|agency|sector|industry|setting|startup|"
    r"start-up|warehouse|kitchen|restaurant|hotel|shop|store|law firm|firm|practice|nursery|"
    r"pharmacy|clinic|care home|lab|factory|call centre|newsroom|council|retailer|environment)",
]
WEAK["confidence"] += [
    r"(?:sold|sell|selling) (?:yourself|myself|himself|herself|themselves) (?:way |a bit |rather )?"
    r"short",
    r"(?:somewhat|a little|slightly|rather|fairly|a touch|a bit) (?:reserved|tentative|subdued|"
    r"meek|"
    r"passive|timid|unsure|apologetic|muted)",
    r"(?:too quick|quick|eager|keen|too ready) to (?:agree|defer|back down|concede)",
    r"agree(?:d|ing)? with every(?:thing| suggestion| point| idea)",
    r"(?:did not|didn't|never|rarely|wouldn't) (?:offer|give|share|state|put forward) "
    r"(?:your|my|his|her) own (?:view|opinion|perspective|position)",
    r"apologi[sz]\w* (?:way |far |much )?too much",
    r"kept apologi[sz]ing",
    r"over-?apologi[sz]\w*",
]

TOPICS["technical_skills"] += [
    r"(?:ofsted|eyfs|safeguarding|regulatory|legal|statutory|inspection|curriculum|nice|cqc|"
    r"quality|clinical|governance) framework",
]
TOPICS["experience_level"] += [
    r"under (?:your|my|his|her|their) belts?",
    r"(?:stage|point) (?:in|of) (?:your|my) (?:training|development|qualification)",
]
TOPICS["motivation"] += [
    r"fire in (?:the|your|my|his|her) belly",
    r"get-up-and-go",
    r"appetite (?:for|to)",
]
TOPICS["behavioral_examples"] += [
    r"(?:the )?numbers behind",
    r"how (?:you|i) (?:had |have )?(?:actually )?(?:applied|used|handled|dealt with|done|put) "
    r"(?:[\w-]+ ){0,4}in practice",
]
TOPICS["culture_fit"] += [
    r"ways? of doing things",
    r"(?:how|the way) (?:we|they) do things",
]
TOPICS["communication"] += [
    r"word (?:count|limit)",
]
WEAK["motivation"] += [
    r"(?:go|going|went|gone) freelance",
    r"(?:set|setting) up on (?:my|your) own",
    r"(?:start|starting) (?:my|your) own (?:business|company|practice|agency)",
]
WEAK["preparation"] += [
    r"underestimat\w+ (?:the )?(?:[\w-]+ ){0,3}(?:role|job|position|workload|load|scope|demands)",
    r"forgot (?:that|what|who|where) (?:they|the (?:company|firm|organi[sz]ation|school|charity))",
]
WEAK["collaboration"] += [
    r"(?:my|your|his|her) (?:colleagues|team|teammates|boss|manager|co-workers) (?:was|were) "
    r"(?:useless|lazy|incompetent|hopeless|idiots|the problem|clueless)",
    r"did everything (?:myself|yourself|on (?:my|your) own)",
]
WEAK["confidence"] += [
    r"(?:a (?:bit|little|touch) |too |rather |quite )soft for (?:the|this|a|an) (?:role|job|post|"
    r"position|team|\w+ role)",
]
WEAK["behavioral_examples"] += [
    r"(?:rather|quite|a bit|too|very|were|was|sounded|felt) textbook",
    r"textbook (?:answers?|responses?|replies)",
    r"played down (?:my|your|his|her) (?:part|role|contribution)",
]
EXTERNAL["position_change"] += [
    r"(?:already|currently) (?:been )?(?:doing|covering|acting in) the (?:job|role|post)",
]

_TRADE = (
    r"(?:engineer|developer|clinician|practitioner|nurse|teacher|designer|analyst|accountant|"
    r"lawyer|solicitor|barrister|chef|cook|writer|coder|programmer|technician|electrician|"
    r"plumber|mechanic|carpenter|joiner|scientist|researcher|illustrator|copywriter|editor|"
    r"marketer|pharmacist|physio|physiotherapist|therapist|midwife|paramedic|tutor|instructor|"
    r"architect|surveyor|vet|dentist|doctor|clinician|baker|barista|welder|bookkeeper|"
    r"statistician|economist|translator|interpreter|planner|buyer|merchandiser|photographer)"
)
TOPICS["technical_skills"] += [
    r"(?:capable|strong|talented|gifted|skilled|excellent|good|great|solid|brilliant|competent|"
    r"accomplished|able|fine|safe|sound|exceptional|outstanding|weak|average|mediocre) "
    r"(?:[\w-]+ )?" + _TRADE,
    r"(?:infection (?:control|prevention)|manual handling|moving and handling|care planning|"
    r"wound management|triage|resuscitation|basic life support|news2|sepsis|"
    r"medicines? administration|clinical skills|transfer pricing|tax law|case law)",
    r"(?:knowledge|skills?) gaps?",
    r"gaps in (?:your|my) (?:technical |subject |clinical |specialist )?(?:knowledge|skills?|"
    r"understanding)",
    r"nuts and bolts",
    r"specialism",
]
WEAK["technical_skills"] += [
    r"(?:a bit of a |too much of a |more of a |very much a )generalist",
    r"(?:not|isn't|wasn't|aren't|weren't) up to speed (?:on|with)",
]
TOPICS["problem_solving"] += [
    r"trade-?offs",
    r"(?:product|design) question",
    r"think(?:ing)? on (?:your|my) feet",
    r"root cause",
    r"first principles",
    r"(?:your|my) logic",
]
WEAK["problem_solving"] += [
    r"(?:talked|went|going|talking|spun|spinning) (?:\w+ )?(?:round |around )?in circles",
    r"never (?:landed|settled|arrived) on",
    r"(?:couldn't|didn't|did not|never) (?:land|settle) on (?:a|an|the) (?:recommendation|answer|"
    r"decision|approach|solution)",
]
TOPICS["experience_level"] += [
    r"(?:more )?reps",
    r"mileage",
    r"battle scars",
    r"(?:from|at) a (?:direct )?competitor",
]
WEAK["experience_level"] += [
    r"(?:quite |too |rather )?(?:a |too )(?:big |large )?(?:leap|jump|step up|"
    r"stretch) for (?:you|me)",
    r"quite a (?:leap|jump|step up|stretch)",
    r"(?:someone|a candidate|somebody) from a (?:direct )?competitor",
    r"already knows (?:the|our|their) (?:clients|customers|accounts|patch|market|patients)",
]
TOPICS["communication"] += [
    r"(?:your|my) tone",
    r"tone of voice",
    r"(?:good|great|active|attentive) listener",
    r"(?:answers|responses) (?:were|was) (?:\w+ )?(?:engaging|vivid|lively|articulate|compelling)",
]
TOPICS["behavioral_examples"] += [
    r"anecdotes",
    r"(?:your|my) stories",
    r"evidence of (?:impact|results|outcomes)",
]
WEAK["leadership"] += [
    r"following instructions rather than",
    r"(?:took|take|taking) a back seat",
    r"(?:waited|wait|waiting) to be told",
]
WEAK["collaboration"] += [
    r"prickly",
    r"(?:difficult|hard|tricky) to work with",
    r"siloed",
]
TOPICS["preparation"] += [
    r"what (?:we|they) (?:actually |really )?do",
    r"(?:much|anything|enough|little|nothing) about (?:us|them)(?! as)",
]
WEAK["preparation"] += [
    r"(?:the )?wrong (?:date|day|time|address|building|location|office|floor|room|link)",
    r"turned up (?:a day|an hour|\w+ minutes) (?:early|late)",
]
TOPICS["motivation"] += [
    r"(?:your|my) heart",
    r"want(?:ed)? it",
]
WEAK["motivation"] += [
    r"(?:wouldn't|would not|won't|not|didn't|doesn't) (?:\w+ )?stretch (?:you|me)",
    r"(?:move|moving|look to move|looking to move) on (?:quickly|soon|fast|within)",
    r"half-hearted",
    r"lukewarm",
    r"heart (?:wasn't|isn't|was not|is not|not) (?:really )?in it",
]
WEAK["confidence"] += [
    r"tongue-tied",
    r"rattled",
    r"(?:voice|hands) (?:was|were) shaking",
    r"(?:looking|looked|staring|stared|reading|read) (?:at|from|off) (?:my|your) notes",
    r"(?:seemed|looked|appeared|came across as) (?:\w+ )?(?:uncomfortable|uneasy|tense|"
    r"on edge|ill at ease) when (?:questioned|challenged|pressed|pushed)",
]
WEAK["compensation"] += [
    r"(?:well |way |a (?:bit|little|long way) )?north of",
    r"(?:can't|cannot|couldn't|unable to|not able to) stretch to",
    r"out of (?:our|their|the) (?:budget|range|price range|band)",
]
WEAK["application_materials"] += [
    r"wall of text",
]
TOPICS["application_materials"] += [
    r"(?:one|two|three|four)[- ]pages?",
]
EXTERNAL["logistics"] += [
    r"alternate weekends",
    r"bank holidays",
]

_FINANCE = (
    r"(?:budget monitoring|variance (?:reporting|analysis)|management accounts|month-end|"
    r"reconciliations?|forecasting|cost control|costing|audit|tax returns|vat returns|"
    r"accounts payable|accounts receivable|credit control|treasury|consolidations?)"
)
TOPICS["technical_skills"] += [
    r"(?:knowledge|understanding|grasp|command) of (?:the )?(?:[\w-]+ ){0,2}?" + _FINANCE,
    r"(?:tasting |signature |test )?dish(?:es)?",
    r"(?:the|my|your) practical(?= (?:went|was|test|exam|element|part))",
    r"(?:our|their|the) (?:[\w-]+ ){1,2}(?:software|platform)",
]
TOPICS["problem_solving"] += [
    r"(?:the )?(?:business|client|customer|user|underlying|real|actual|core) problem",
    r"what success (?:looks|would look|might look) like",
]
TOPICS["leadership"] += [
    r"(?:making|make|made|to make) the (?:big |tough |final )?calls?",
    r"calling the shots",
]
TOPICS["experience_level"] += [
    r"second chair",
    r"without supervision",
]
WEAK["experience_level"] += [
    r"(?:someone|somebody|a candidate|a person) (?:a bit |a little |much )?more hands-on",
]
TOPICS["behavioral_examples"] += [
    r"reflect(?:ed|ing)? on",
    r"(?:what|anything) (?:you|i)(?:'d| would) do differently",
]
WEAK["communication"] += [
    r"(?:too |a bit |very |quite |rather )chatty",
    r"(?:went|go|going|veered) off on (?:a )?tangents?",
    r"glaz(?:ed|ing) over",
    r"wall of (?:bullet points|text|words|slides)",
]
WEAK["confidence"] += [
    r"(?:too|over-?|overly) ?eager(?! to (?:leave|get out|move|go))",
    r"said yes to everything",
    r"(?:you|i|he|she) (?:really |massively |totally |rather )?undersold",
]
WEAK["preparation"] += [
    r"(?:called|named|calling|naming) (?:the company|them|the firm|the school|the trust|it) by "
    r"(?:the |their |its )?(?:wrong |old |former |previous )?name",
    r"the name of (?:their|a|its) (?:competitor|rival)",
    r"(?:the )?(?:two|different) roles (?:we|they) (?:advertised|had)",
]
EXTERNAL["position_change"] += [
    r"relocating the (?:team|role|department|office|function|business)",
]

TOPICS["problem_solving"] += [
    r"(?:routing |logic )?puzzles?",
    r"brainteasers?",
    r"(?:poked|picked) holes",
]
TOPICS["behavioral_examples"] += [
    r"(?:put|putting) (?:it|this|that|them|these|your \w+) into practice",
]
TOPICS["preparation"] += [
    r"what (?:the|your) (?:team|role|job|company|business|department) (?:actually |really )?"
    r"(?:does|did|involves|involved|would look like)",
    r"(?:a )?typical day",
]
TOPICS["culture_fit"] += [
    r"bureaucra\w+",
    r"process-heavy",
    r"red tape",
    r"hierarch\w+",
]
TOPICS["communication"] += [
    r"structure (?:your|my) answers",
]
WEAK["preparation"] += [
    r"(?:didn't|did not|forgot to|never) wear",
]
WEAK["confidence"] += [
    r"(?:a little|a bit|somewhat|slightly|rather|quite) (?:uncertain|unsure|hesitant|nervous|"
    r"wobbly|shaky)",
]
WEAK["motivation"] += [
    r"(?:plan|plans|planning) (?:was |were |is |are )?to (?:do a|start a|go back|leave|study|"
    r"travel|move abroad|retrain)",
]

TOPICS["technical_skills"] += [
    r"(?:jira|confluence|git|github|gitlab|servicenow|zendesk|trello|asana|canva|wordpress|"
    r"shopify|google analytics|ga4|netsuite|dynamics 365|tally|matlab|stata|spss|solidworks|"
    r"sharepoint|r studio|rstudio)",
]
TOPICS["confidence"] += [
    r"credibility",
]
TOPICS["collaboration"] += [
    r"(?:build|building|built|form|forming) (?:strong |good |effective |working )?relationships",
    r"across (?:departments|teams|functions|the organi[sz]ation)",
]
WEAK["motivation"] += [
    r"(?:looking|looked|glancing|glanced|staring|stared) at the (?:clock|time|watch)",
    r"(?:slightly|a bit|a little|rather|somewhat|quite) (?:detached|disengaged|distant|aloof|"
    r"low-energy|subdued)",
    r"(?:said|admitted|told them|mentioned) (?:that )?(?:i|you) (?:hate|hated|dislike|disliked|"
    r"can't stand|don't enjoy|didn't enjoy|don't like|didn't like)",
]
WEAK["preparation"] += [
    r"(?:errors|mistakes|inaccuracies) about (?:our|their|the) (?:organi[sz]ation|company|firm|"
    r"school|charity|trust|business|history|services)",
    r"pre-interview (?:task|reading|exercise|questionnaire|work)",
    r"(?:the )?wrong (?:interview )?format",
]
WEAK["confidence"] += [
    r"(?:barely|hardly|never|couldn't|didn't) (?:got|get) a word in",
]
WEAK["communication"] += [
    r"(?:get|got|give|gave|no|getting) (?:a )?straight answers?",
    r"(?:pleasant|nice|friendly|likeable|lovely) but vague",
]
WEAK["technical_skills"] += [
    r"(?:only )?half[- ](?:understood|understand|knew|remembered)",
]
EXTERNAL["position_change"] += [
    r"no (?:direct |permanent |new )?hires",
    r"agency-only",
]
EXTERNAL["competition"] += [
    r"(?:have |has )?made an appointment",
    r"quality of (?:the )?(?:other )?(?:candidates|applicants|field)",
]
EXTERNAL["logistics"] += [
    r"security clearance",
    r"residency",
]

WEAK["motivation"] += [
    r"(?:a bit |rather |far |way |much )?too senior",
]
WEAK["collaboration"] += [
    r"(?:didn't|did not|never|failed to|without) (?:really )?(?:involve|include|consult|bring in|"
    r"involving|including|consulting) (?:the )?(?:others|other members|the group|the team|"
    r"colleagues|anyone)",
    r"back-and-forth",
    r"(?:couldn't|didn't|wouldn't) let it go",
]
WEAK["leadership"] += [
    r"(?:relied|depended|leaned|deferred) (?:too )?(?:heavily |much )?(?:on|to) (?:your|my) "
    r"(?:manager|boss|line manager|supervisor)(?:'s)?",
    r"(?:do|did|doing) what (?:i|you) (?:was|were|am|are) told",
]
TOPICS["leadership"] += [
    r"(?:from )?peer to manager",
    r"managing (?:former|your|my) peers",
]
WEAK["confidence"] += [
    r"(?:cried|crying|tearful|in tears|broke down(?! (?:the|a|an|each|every|it|them|your|my|his|"
    r"her|their|this|that|what|how|complex|problems?)\b))",
]
WEAK["preparation"] += [
    r"(?:from|in) a (?:noisy|busy|crowded) (?:cafe|caf\u00e9|coffee shop|car|train|pub|office)",
]
EXTERNAL["competition"] += [
    r"the other (?:two|three|four|five|\d+)(?! (?:days|weeks|months|years|sites|roles|jobs|"
    r"questions|people i|things))",
]
EXTERNAL["position_change"] += [
    r"(?:we've|they've|have|has) (?:changed|rewritten) the brief",
    r"(?:change|changes) (?:in|to) (?:our |their )?funding",
    r"funding position",
    r"not (?:to )?take any (?:appointments?|candidates|applications) forward",
    r"hiring manager (?:had |has )?(?:moved on|left|gone)",
    r"rethink(?:ing)? the (?:team|role|structure|shape)",
]
EXTERNAL["logistics"] += [
    r"(?:need|needs|want|wants) full[- ]time",
]

WEAK["confidence"] += [
    r"(?:a bit of a |bit of a |a )?(?:pushover|doormat)",
]
WEAK["culture_fit"] += [
    r"(?:didn't|did not|never|just didn't) (?:really )?click",
]
TOPICS["compensation"] += [
    r"(?:your|my|their) expectations(?= (?:are|were|is|was) (?:too |a bit |way |rather |quite )?"
    r"(?:high|steep|ambitious|much))",
]
EXTERNAL["competition"] += [
    r"(?:job|role|post|position|offer) went to (?:someone|somebody|a|an|another|the other)",
    r"(?:up against|competing against|competing with) (?:someone|somebody|a|an|another)",
]

TOPICS["technical_skills"] += [
    r"(?<!\bsubject )(?:knowledge|understanding|grasp|command) of "
    r"(?!(?:the |our |their |your |a |an )?(?:role|job|position|brief|question|questions|team|"
    r"values|culture|fundamentals|basics|the difference|difference|how|what|why|who|where|"
    r"when|which)\b)"
    r"(?!(?:the |local |wider )?(?:[\w'-]+ ){0,3}?" + _DOMAIN_WORD + r"\b)"
    r"(?!(?:our|their)\b)(?:the )?(?:[\w-]+ ){0,2}?"
    r"(?!(?:and|or|was|is|were|which|that|in|at|for|with|as)\b)[\w-]+",
]

TOPICS["confidence"] += [
    r"(?:own|owned|command|commanded) the room",
]
TOPICS["problem_solving"] += [
    r"estimate the (?:number|size|market|value|cost)",
]
TOPICS["collaboration"] += [
    r"(?:working|work|worked) in partnership",
]
TOPICS["domain_knowledge"] += [
    r"needs of (?:our|the|their) (?:[\w-]+ )?(?:customers|clients|users|service users|residents|"
    r"patients|members|pupils|students|community|communities|families|guests)",
]
WEAK["collaboration"] += [
    r"(?:a bit |rather |quite |too |very )?(?:overbearing|domineering)",
    r"bulldoz\w+",
]
WEAK["confidence"] += [
    r"caved",
    r"backed down (?:straight away|immediately|quickly|at the first)",
]
EXTERNAL["competition"] += [
    r"filled (?:it|the role|the post|the job|the position) with (?:a|an|someone|somebody)",
]
TOPICS["domain_knowledge"] += [
    r"awareness of (?!(?:the |your |our )?(?:role|job|position|brief|team|values|culture|how|"
    r"what|why)\b)(?:the |current |recent )?(?:[\w-]+ ){0,3}?"
    r"(?!(?:and|or|was|is|were|which|that|in|at|for|with|as)\b)[\w-]+",
]
WEAK["collaboration"] += [
    r"(?:a bit |quite |somewhat |really |very |rather |too |became |got |seemed |sounded )"
    r"defensive",
    r"dismiss(?:ed|ing)? (?:the |their |others' |other people's )?(?:suggestions|ideas|views|"
    r"input|opinions|concerns)",
]
WEAK["communication"] += [
    r"(?:a little |a bit |rather |quite |somewhat )?scattered",
    r"jump(?:ed|ing)? between (?:examples|points|topics|ideas)",
]
WEAK["communication"] += [
    r"(?:too |way too |far too |a bit )?(?:in|into) the weeds",
]
TOPICS["communication"] += [
    r"(?:a |clear |the |compelling )story for",
]
TOPICS["experience_level"] += [
    r"book of business",
]
WEAK["experience_level"] += [
    r"(?:mostly |all |only |just )(?:school|uni|university|college|student|personal|hobby|"
    r"academic) projects",
    r"(?:too much of a|too big a|a big|a huge) (?:step up|leap|jump|stretch)",
    # "not quite ready to run a team of that size" is leading people.
    r"not (?:yet |quite )?ready to (?:take on|step into|run(?! (?:a|the|your|their) (?:[\w-]+ )?"
    r"(?:team|crew|brigade|department|staff|shift|ward)\b)|own)",
]
WEAK["behavioral_examples"] += [
    r"humble-?brag",
]
WEAK["application_materials"] += [
    r"(?:cover letter|cv|application|resume|covering letter) (?:was )?addressed (?:to )?(?:a |"
    r"the )?"
    r"(?:different|wrong)",
]
WEAK["collaboration"] += [
    r"described (?:my|your) (?:current |old |last |previous |former )?(?:boss|manager|colleagues|"
    r"team|employer) as",
]
EXTERNAL["position_change"] += [
    r"budget (?:got |has been |was )?(?:squeezed|slashed|frozen)",
    r"laid off",
    r"consolidat\w+ (?:this|the) (?:role|position|post|vacancy)",
]
EXTERNAL["logistics"] += [
    r"the hours (?:we|they) need",
]

# rules-1.2: families of paraphrase for the words fresh feedback uses and the
# lexicon lacked. Each entry is a way of saying the thing (with its hedges and
# tenses), not one training sentence.

# Career stage and scale: "earlier in your career than we need", "further along",
# "not at this level before", "your work has mostly been in smaller firms".
TOPICS["experience_level"] += [
    r"(?:earlier|further (?:along|on)|later|more established) in (?:your|my|his|her|their) career",
    r"(?:worked|operated|worked at|been|performed) at (?:this|that|the (?:right|same)|a similar) "
    r"(?:level|scale|grade)",
    r"(?:smaller|small) (?:organi[sz]ations?|companies|company|firms?|"
    r"businesses|teams|practices|schools|agencies|charities|start-?ups|settings|sites)",
    r"(?:the )?work (?:you|i)(?:'ve| have)? (?:done|been doing)(?: (?:so far|to date|before))?",
]
# An unmet requirement phrased as a person: "we need someone who has shipped an app",
# "they want a PM who's run a P&L". What the person has done is experience.
WEAK["experience_level"] += [
    r"(?:someone|somebody|a candidate|an applicant|a person|a (?:[\w-]+ ){0,2}(?:manager|lead|"
    r"engineer|developer|pm|designer|nurse|teacher|director|head|analyst|specialist|partner|"
    r"consultant|chef|officer)) who(?:'s| has| had|'d) (?:already |previously |actually )?"
    r"(?:shipped|taken|built|scaled|launched|delivered|owned|held|operated|sat|been|"
    r"spent|covered|handled|grown|turned around)\b",
]
# Staying at a general level, or no example coming to mind.
WEAK["behavioral_examples"] += [
    r"(?:couldn't|could not|can't|cannot|didn't|did not|struggled to|failed to|unable to) "
    r"(?:really |quite )?(?:think of|come up with|recall|remember|give|name|find|produce|offer) "
    r"(?:a|an|one|any|a single|a good|a specific|a real|a concrete|a relevant) "
    r"(?:[\w-]+ )?(?:time|example|instance|situation|occasion|story)",
    r"(?:stayed|remained|kept|kept it|kept things|pitched|was|were|quite|too|very|rather|bit) "
    r"(?:at )?(?:a |too |very |quite |rather |fairly )?high[- ]level",
    r"(?:answers?|responses?|examples?|stories) (?:\w+ ){0,3}(?:too |very |quite |rather |"
    r"fairly |a bit )?high[- ]level",
]
# Setting direction and holding people to account are what leading is.
TOPICS["leadership"] += [
    r"(?:set|sets|setting) (?:the )?(?:direction|agenda|vision|strategy|tone) (?:for|of)",
    r"(?:hold|holds|holding|held) (?:people|others|a team|the team|staff|colleagues|them|"
    r"suppliers|teams|\w+ reports) (?:to )?account",
    r"(?:make|making|made|take|taking|took) (?:the )?(?:tough|hard|difficult|unpopular) "
    r"decisions",
    r"(?:manag|lead|supervis|ran|run)\w* (?:a |the )?(?:[\w-]+ ){0,2}team(?:s)? (?:of|before)",
]
# A job taken to fill a gap.
WEAK["motivation"] += [
    r"(?:a )?stop-?gap",
    r"(?:something|a job|a role) to tide (?:you|me) over",
    r"(?:a |your |my )?(?:fallback|plan b|back-up plan|backup plan)",
    r"(?:just|only|all|purely|mainly|mostly) (?:for|about) the money",
]
# Working style that doesn't mesh: "wouldn't gel with how we work", "you wanted more structure".
TOPICS["culture_fit"] += [
    r"(?:mesh|gel|jell|sit|sits) (?:well )?with (?:how|the way|our|the team|the rest)",
    r"how (?:we|our team) (?:work|operate|run things|do things)",
]
WEAK["culture_fit"] += [
    r"(?:want|wanted|prefer|preferred|prefers|wants|like|liked|likes) "
    r"(?:a lot of |lots of |much |more |clear |clearer |a clear |a lot more )"
    r"(?:structure|process|direction|instructions?|hierarchy)",
    r"(?:quite |very |rather |fundamentally )?(?:different|at odds) (?:from|with|to) "
    r"(?:ours|how we|the way we|our (?:culture|team|way|approach|values))",
]
# Backing yourself; owning the room.
TOPICS["confidence"] += [
    r"back(?:ed|ing)? (?:yourself|myself|himself|herself|themselves)",
    r"(?:belief|faith) in (?:yourself|myself|your own|my own)",
]
# How the customers behave is market knowledge; newness to a sector is its absence.
TOPICS["domain_knowledge"] += [
    r"how (?:our|their|the) (?:[\w-]+ )?(?:customers|clients|users|buyers|members|patients|"
    r"guests|shoppers|market|audiences?|donors|funders|tenants|readers|players|consumers) "
    r"(?:buy|think|behave|use|decide|shop|spend|choose|engage|work|operate|give)",
]
# Jumping to a solution without understanding the problem.
WEAK["problem_solving"] += [
    r"(?:jumped|jump|jumping|leapt|leap|rushed|rush|rushing|went|going) (?:straight |right )?to "
    r"(?:a |the |your |my )?(?:solution|answer|conclusion|recommendation|fix)s?",
    r"(?:without|never|didn't|did not) (?:ask|asking) (?:any |a single |enough )?clarifying",
]
# Asks beyond the budget: "beyond what we can offer", "more than we could pay".
WEAK["compensation"] += [
    r"(?:beyond|above|more than|over|higher than|outside) what (?:we|they) (?:can|could|are able "
    r"to|were able to) (?:offer|pay|afford|stretch to|budget|go to)",
    r"what (?:you're|you are|you were|i was|i'm|i am) (?:asking|looking) for",
]
# A limit stated as a figure: "the max for the role is 48 and you said 58 minimum".
TOPICS["compensation"] += [
    r"(?:the )?(?:max|maximum|top|ceiling|cap) (?:for|on|of) (?:the |this )?(?:role|post|position|"
    r"job|band|vacancy)",
    r"(?:£|\$|€)?\d+k (?:minimum|min|at minimum|at a minimum)",
    r"(?:absolute |very )?(?:top|max|maximum|ceiling|limit) is (?:£|\$|€)?\d+",
    r"(?:£|\$|€)?\d+k? (?:is|as) (?:your|my) (?:floor|minimum|bottom line)",
]
# Technical answers and samples of work are technical skill.
TOPICS["technical_skills"] += [
    r"technical (?:answers|responses|interview answers)",
    r"(?:work|joinery|writing|code|coding|design|craft|cooking|welding|test) samples?",
    r"(?:maths?|subject|number|grammar|phonics|spelling|literacy|numeracy) (?:subject )?"
    r"(?:test|check|audit|knowledge test|paper)",
    r"legal research",
    r"research (?:methods|skills|methodology|design)",
    _LANG + r" (?:test|exam|assessment|interview)",
    r"drug calcs?",
]
# "Couldn't explain how an index works": not knowing a thing asked about.
WEAK["technical_skills"] += [
    r"(?:couldn't|could not|can't|cannot|wasn't able to|was unable to|didn't know how to) "
    r"(?:\w+ )?(?:explain|define|describe|remember|recall) (?:what (?:a|an|the) |how (?:a|an|the) |"
    r"the (?:difference|syntax|formula|definition|rule|term|principle|concept)|the [\w-]+ "
    r"(?:array|function|method|formula|rule|algorithm|pattern|principle|concept|regulation|"
    r"standard|hook|loop|query))",
    r"(?:blanked|went blank|froze|stuck|fluffed|bombed) on (?:the |a |my )?(?:[\w-]+ ){0,2}"
    r"(?:calc|calcs|calculation|sum|sums|formula|equation|dosage|syntax)",
]
# Answers that are a generic "we", and what the candidate personally did.
WEAK["behavioral_examples"] += [
    r"(?:answer|answers|everything|it) (?:was|were) (?:all |always |just )?'we'",
    r"(?:described|talked about|told us|explained) what (?:the|your|my) team "
    r"(?:generally |usually |normally )?(?:does|did|do)",
]
TOPICS["behavioral_examples"] += [
    r"what did you (?:actually |personally |yourself )?do",
    r"(?:specific|particular|real|actual) (?:occasions?|instances?|times?)",
    r"competency (?:section|round|interview|stage)",
    # A behavioural question is the examples topic; it gives way to the theme it asks about.
    r"(?:tell|told|asked) (?:me|us|them|you)? ?(?:about|for) a time",
    r"(?:asked|asking) about a time",
]
# Small admissions of not having looked: "didn't know they had one", "never been in a branch".
WEAK["preparation"] += [
    r"(?:didn't|did not|don't|hadn't|had not) (?:even )?know (?:that )?(?:they|we|the company|"
    r"the firm|the school|the charity) (?:had|have|has|did|do|does|were|was|ran|run|made|make|"
    r"sold|sell|offered|offer|existed|operated)",
    r"(?:hadn't|had not|never|didn't|did not|haven't|have not) (?:even |actually )?(?:set foot in|"
    r"been (?:in|to|into|inside)|visited|been inside|stepped into|used) (?:one of |any of )?"
    r"(?:their|our|the) (?:shops?|stores?|branch(?:es)?|sites?|restaurants?|venues?|hotels?|"
    r"premises|cafes?|offices?|locations?|app|website|products?|services?)",
    r"skimm(?:ed|ing) (?:the |their |our )?(?:jd|job description|spec|brief|advert|pack|website|"
    r"pre-?read|reading|case pack|papers)",
    r"(?:didn't|did not|hadn't|had not) (?:realise|realize|know|understand) (?:until \w+ "
    r"(?:through|in) )?(?:that )?the (?:role|job|position|post) (?:was|involved|is|would)",
]
TOPICS["preparation"] += [
    r"(?:their|our|the) (?:news (?:page|section)|blog|press releases?|latest results|"
    r"recent (?:news|merger|acquisition|results|launch))",
]
# Applying for the wrong reasons: convenience, a stopgap, anything going.
WEAK["motivation"] += [
    r"(?:\w+ )?minutes (?:from|away from) (?:your|my|his|her) (?:house|home|flat)",
    r"(?:till|until) something (?:better |else )?(?:comes|came) (?:up|along)",
    r"applying for (?:everything|anything|any job|every job|lots of (?:jobs|roles))",
    r"(?:the )?same answer (?:i|you) (?:gave|had given|used)",
]
TOPICS["motivation"] += [
    r"(?:actually |really |genuinely )?want(?:s|ed)? to (?:work|be) (?:in|at|for|here|with)",
]
# Sticking out: "a fish out of water", "didn't fit the mould".
WEAK["culture_fit"] += [
    r"(?:a )?fish out of water",
    r"(?:didn't|did not|don't|wouldn't) fit the mould",
    r"stuck out like",
    r"(?:more|less) (?:[\w-]+ )than (?:would suit|suits|is right for|fits|we're used to) "
    r"(?:us|our|the|this)",
    r"miss the (?:structure|support|resources|process|processes|scale) of (?:a |the )?"
    r"(?:big|large|bigger|larger)",
]
# Hedging every answer: "kept saying 'I might be wrong but'".
WEAK["confidence"] += [
    r"(?:kept saying|started (?:every|each) answer with|prefac\w+ (?:every|each|my|your) "
    r"(?:answer|point) with|opened with) '?(?:i might be wrong|i'm not sure|sorry|this might be|"
    r"i could be wrong|maybe|i think maybe|i don't know)",
    r"(?:didn't|did not|don't|do not) (?:seem to |sound like (?:i|you) )?believe (?:a word of it|"
    r"in (?:yourself|myself)|what (?:i|you) (?:was|were) saying)",
    r"second-?guess\w*",
    r"overwhelmed",
]
# Other people overruled, input refused.
WEAK["collaboration"] += [
    r"overrul\w+",
    r"(?:rather than|instead of) (?:working|talking) (?:\w+ )?(?:through )?with",
    r"reluctant to (?:accept|take(?! (?:ownership|the lead|charge|responsibility|decisions))|"
    r"listen|involve|share|seek)",
]
# Problems without a plan: "never had a plan, never narrowed it down".
WEAK["problem_solving"] += [
    r"(?:never|didn't|did not|without) (?:have |having |had )?(?:a|any) (?:plan|method|strategy|"
    r"approach|structure)",
    r"(?:never|didn't|did not|couldn't|could not) narrow\w* (?:it|things|anything|the problem|"
    r"\w+) down",
    r"changed (?:\w+ )?things at once",
]
# Clipped answers that had to be drawn out.
WEAK["communication"] += [
    r"(?:pull|pulling|pulled|drag|dragging|dragged|draw|drawing|prise|prising|coax|coaxing|"
    r"prod|prodding) (?:more |the detail |answers |information |it |things |anything )?"
    r"(?:out of|from) (?:you|me|him|her|them)",
    r"(?:answers|responses|replies) (?:\w+ ){0,3}(?:clipped|curt|terse|monosyllabic)",
    r"(?:sentences|answers|points) (?:kept )?(?:starting and )?going nowhere",
    r"(?:struggled|failed|unable) to (?:understand|follow) what (?:you|i) (?:were|was) "
    r"(?:actually )?(?:recommending|saying|suggesting|proposing|getting at)",
]
TOPICS["communication"] += [
    r"(?:technical|specialist|legal|medical|corporate|management|complicated|complex|plain|"
    r"simple|everyday) (?:language|terms|speak)",
]
# An unfamiliar market stated as who is needed: "a buyer who already knows the
# fashion supply chain"; tools and languages stay technical skills.
WEAK["domain_knowledge"] += [
    r"(?:someone|somebody|a candidate|an applicant|a person|a [\w-]+) who (?:already |really |"
    r"properly |genuinely )?(?:understands|knows) (?!how to\b)(?!(?:the )?" + _TOOL + r"\b)"
    r"(?!" + _LANG + r"\b)(?:the |our |their )?(?:[\w-]+ ){0,2}(?:sector|industry|market|"
    r"supply chain|customers|clients|trade|business|space|world|patch|area|landscape|produce|"
    r"products?|regulations?|audience)",
]
TOPICS["domain_knowledge"] += [
    r"how (?:the |our |their |a |an )?(?:[\w'-]+ ){0,3}?(?:buy|buys|sell|sells|procure|procures|"
    r"source|sources|compete|competes) (?:from|to|with|their|its|in)",
]
# Rivals' records: "the other candidate had run a 50-bed unit", "it was the scale".
WEAK["experience_level"] += [
    r"(?:the other candidate|the successful candidate|the other applicant|the person (?:they|we) "
    r"(?:hired|appointed|chose|picked|went with)|the candidate (?:they|we) (?:chose|hired|"
    r"appointed)) (?:had|has) (?:already )?(?:run|managed|led|worked|held|done|delivered|built|"
    r"spent)",
    r"(?:it was|it's|came down to|it came down to) (?:the |purely |just |really )?scale",
    r"(?:someone|somebody|a candidate|an applicant) with (?:\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten)\+? yrs",
]
TOPICS["experience_level"] += [
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) yrs",
]
# Start dates the employer can't wait for.
EXTERNAL["logistics"] += [
    r"(?:can't|cannot|couldn't|could not|not able to|unable to) (?:start|join|begin) (?:until|"
    r"before|till)",
    r"(?:start|starting|begin|join) (?:on|by) (?:the )?\d+(?:st|nd|rd|th)",
]
TOPICS["application_materials"] += [
    r"portfolio (?:link|site|website|url)",
]

# rules-1.2, second round: culture, confidence, collaboration, leadership and the
# documents, the families fresh feedback uses for them.

# The employer's rhythm and the kind of place it is.
TOPICS["culture_fit"] += [
    r"(?:our|their|the team's|the) (?:rhythm|tempo|setup|set-up|outfit)",
    r"(?:kind|sort|type) of (?:outfit|place|company|shop|firm|organi[sz]ation)",
    r"slot (?:straight |right )?(?:in|into)(?: (?:the|our|their) team)?",
]
WEAK["culture_fit"] += [
    r"(?:not|wasn't|isn't|never) (?:really )?(?:my|your|their|his|her) (?:kind|sort|type) of "
    r"(?:place|company|team|environment|people|culture|firm|organi[sz]ation|outfit)",
    r"(?:title|status|hierarchy|rank|grade)-conscious",
    r"(?:at odds|sits uneasily|jars|clashes) with (?:the |our |their )?(?:[\w-]+ ){0,2}"
    r"(?:ethos|culture|values|way|approach|style|philosophy)",
]
# Self-doubt and overclaiming are both about presence.
WEAK["confidence"] += [
    r"impost[eo]r",
    r"apologi[sz]ed (?:about |around |like |over |at least )?(?:\w+|\d+) times",
    r"apologi[sz]ed for everything",
    r"over-?sold (?:it|yourself|myself|himself|herself)\b",
    r"single-?handedly",
    r"deferr?(?:ed|ing)? to (?:the )?(?:other candidates|the group|everyone|the panel)",
]
# How the candidate talks about and works with other people.
TOPICS["collaboration"] += [
    r"(?:your|my|his|her|their) peers",
    r"common ground",
    r"(?:taking|take|took) sides",
    r"bring (?:[\w-]+,? ){1,5}together",
]
WEAK["collaboration"] += [
    r"us[- ]and[- ]them",
    r"(?:don't|didn't|do not|did not) (?:really )?(?:love|like|enjoy) working (?:with|alongside)",
    r"described (?:the |your |my )?(?:other |old |last |previous |former )?(?:[\w-]+ ){0,3}"
    r"(?:peers|colleagues|heads of department|managers|teammates|departments?|receptionists|staff|"
    r"team|editor|reviewers?)(?: (?:at|from|in) (?:your|my) (?:last|previous|old) \w+)? as",
    r"described (?:the )?feedback (?:from (?:[\w-]+ ){1,4})?as",
    r"(?:just |usually |always |simply )escalate",
]
# Owning and driving things; running people and bringing them on.
TOPICS["leadership"] += [
    r"own(?:ed|ing)? (?:something|anything|a [\w-]+|an? [\w-]+ [\w-]+) end[- ]to[- ]end",
    r"own(?:ed|ing)? (?:a|an|any) (?:budget|project|programme|product|p&l|process|workstream|"
    r"initiative|roadmap)",
    r"(?:driven|drove|drive|led|owned) (?:[\w-]+ ){0,2}(?:myself|yourself|himself|herself)",
    r"supervis(?:ing|ed|e) (?:[\w-]+ )?(?:students|apprentices|juniors|trainees|teams|volunteers)",
    r"bring (?:the )?(?:juniors|team|people|staff|others|trainees|apprentices|them) on",
]
WEAK["leadership"] += [
    r"someone else's (?:plan|vision|strategy|ideas|direction|decisions?)",
    r"(?:my|your|the) (?:manager|boss|line manager|director) "
    r"(?:decided|made the (?:call|decisions?)|took the decisions?)",
    r"(?:never|haven't|hasn't|hadn't|not yet) (?:yet )?(?:had|managed|run|led) (?:a |my own |your "
    r"own |their own )?(?:team|direct reports|reports)\b",
]
# Motives that are about the job, not this job.
WEAK["motivation"] += [
    r"(?:wanted|want|wants|after|looking for) a job rather than (?:this|the|our) (?:job|role|one)",
    r"(?:appealed|applied|interested|attracted) (?:\w+ )?(?:because of|for) (?:its|the) "
    r"(?:location|commute|hours|salary|pay|perks|benefits)",
]
# Not knowing what the role involves or who is interviewing.
WEAK["preparation"] += [
    r"(?:not|wasn't|weren't|didn't|don't|doesn't) (?:\w+ )?aware (?:that )?the "
    r"(?:role|job|position|post) (?:involves|involved|included|includes|requires|required|would)",
    r"(?:didn't|did not|don't|hadn't|had not) (?:even )?know who (?:the|their|our) (?:ceo|md|"
    r"founder|chair|head|director|interviewers?|panel|manager|owner|chief)",
    r"(?:hadn't|had not|didn't|did not|never) (?:even )?(?:opened|read|looked at|glanced at) "
    r"(?:it|the (?:case |interview |pre-?read )?pack|the (?:pre-?)?(?:reading|materials|brief|"
    r"documents|papers))",
]
TOPICS["preparation"] += [
    r"(?:our|their) (?:published )?case studies",
    r"what (?:their|our|the) (?:product|products|platform|app|service|firm|charity|school|"
    r"organi[sz]ation|company|business) (?:actually |really )?(?:does|did|do|makes|sells|offers)",
]
# The document itself: length, format, what it leaves out or undersells.
WEAK["application_materials"] += [
    r"(?:cv|resume|application|profile) reads like",
    r"(?:cv|resume) (?:is|was|runs to|ran to) (?:\w+|\d+) pages",
    r"stopped reading",
    r"(?:better|stronger|more impressive|more relevant) than (?:your|my|the) (?:cv|resume|"
    r"application|profile) (?:suggests|shows|says|makes out)",
]
TOPICS["application_materials"] += [
    r"ats",
    r"applicant tracking",
    r"(?:cv |resume |two-column |fancy )templates?",
]
# Logic that doesn't hold.
WEAK["problem_solving"] += [
    r"holes in (?:the|your|my) (?:logic|argument|reasoning|plan|case|model|numbers)",
    r"(?:went|go|going) (?:straight )?for (?:a |the )?brute[- ]force",
    r"(?:couldn't|could not|didn't|did not|unable to) optimi[sz]e",
]
TOPICS["problem_solving"] += [
    r"(?:pricing|commercial|sales|budget|business|project) (?:proposal|model)",
    r"brute[- ]force",
    r"(?:graph|leetcode|algorithm(?:ic)?) (?:problem|question)",
]
TOPICS["technical_skills"] += [
    r"technical paper",
]
# Going round the houses instead of answering.
WEAK["communication"] += [
    r"(?:go|goes|went|going) (?:round|around) the houses",
    r"(?:too|very|quite|rather|a bit) (?:brief|curt|terse)(?! cv| résumé| resume| application)",
]
# The role itself gone: a grant not renewed, the project pulled, the temp kept on.
EXTERNAL["position_change"] += [
    r"(?:grant|funding|contract|budget)(?: that funds (?:this|the) (?:post|role|position))? "
    r"(?:has )?(?:not been|wasn't|was not|hasn't been|isn't being) (?:renewed|extended|approved)",
    r"funding (?:has )?(?:fallen through|been withdrawn|been cut|ended|dried up)",
    r"pulled the (?:project|role|contract|funding|budget|position|vacancy|req)",
    r"(?:who|who'd|who had|who has|who's) (?:been )?(?:covering|acting up in|acting in|"
    r"temping in) the (?:role|post|job|position)",
]

# rules-1.2, third round: long multi-theme feedback.

# Who the candidate has to fit in with: "how you'd fit into a very small practice".
TOPICS["culture_fit"] += [
    r"fit(?:ted)? (?:into|in with|in at) (?:a|the|our|their) (?:[\w-]+ ){0,3}(?:practice|team|"
    r"company|firm|business|organi[sz]ation|environment|culture|office|school|setting|studio)",
]
TOPICS["collaboration"] += [
    r"buil(?:t|d|ding) on (?:others'|other people's|each other's|the group's|colleagues'|"
    r"their) ideas",
]
TOPICS["behavioral_examples"] += [
    r"(?:the )?difference (?:you|i) (?:personally )?(?:made|make|had made)",
]
TOPICS["domain_knowledge"] += [
    r"familiar with (?:the |our |their |this |local )?(?:[\w-]+ ){0,4}?(?:communities|"
    + _DOMAIN_WORD[3:],
]
TOPICS["technical_skills"] += [
    r"(?:stats|statistics|statistical|maths?|mathematical|coding|programming|technical|science|"
    r"scientific|engineering|quantitative) background",
]
# A quoted why-question is a question about motive: "my answer to 'why sales?'".
TOPICS["motivation"] += [
    r"why [\w-]+(?: [\w-]+){0,3}\??'",
    r"why [\w-]+ (?:and not|rather than|over|instead of) [\w-]+",
]
WEAK["communication"] += [
    r"ran (?:well |way |far )?over (?:time|the time)",
    r"(?:had to|have to|kept having to|needed to) (?:move|hurry|rush) (?:you|me|him|her|them) "
    r"(?:on|along)",
]
WEAK["application_materials"] += [
    r"(?:supporting statement|cover(?:ing)? letter|cv|personal statement|application|resume) "
    r"(?:from|for|meant for|written for) (?:a |the )?(?:different|another|previous|wrong|old)",
]
WEAK["preparation"] += [
    r"(?:didn't|did not|don't|hadn't|had not) (?:even )?know who (?:the|their|our) (?:[\w-]+ )?"
    r"(?:ceo|md|founder|chair|head|director|interviewers?|panel|manager|owner|chief|pharmacist|"
    r"partner|principal|headteacher|editor)",
    r"(?:hadn't|had not|didn't|did not|haven't|never) (?:actually |even )?signed up",
]
EXTERNAL["logistics"] += [
    r"(?:available|availability) (?:to work|for) (?:our |the |a |an )?(?:[\w-]+ )?(?:rota|"
    r"rotation|shifts?|nights|weekends|hours|pattern)",
    r"overnight (?:rota|rotation|shifts?|work)",
    r"day release",
    r"(?:on|work|working|available|cover|covering) (?:mondays|tuesdays|wednesdays|thursdays|"
    r"fridays|saturdays|sundays)",
]
EXTERNAL["position_change"] += [
    r"pull(?:ed|ing)? the (?:role|post|position|vacancy|job)",
    r"grant (?:fell|has fallen|had fallen) through",
    r"cut (?:it|the role|the job|the post|the position) (?:back )?to (?:a )?part[- ]time",
]

# rules-1.3: families for the ways fresh feedback words a fault the lexicon had no
# phrase for. Each covers a way of saying the thing, with its tenses and hedges.

# Doubt that the role would keep the candidate: "whether you'd be happy in a purely
# office-based role", "would hold your interest", "you'd be frustrated by the admin".
WEAK["motivation"] += [
    r"(?:whether|if) (?:you|he|she|they|i)(?:'d| would)? (?:really |genuinely |actually )?"
    r"(?:be|feel|stay|remain) (?:happy|content|fulfilled|satisfied|settled|engaged|stimulated) "
    r"(?:in|doing|long[- ]term|at this level|here)\b",
    r"(?:would|will|(?:you|he|she|they|i)'d|might|may) (?:really |quickly |soon |eventually )?"
    r"hold (?:your|my|his|"
    r"her|their) interest",
    r"(?:would|(?:you|he|she|they|i)'d|will|might|may) (?:quickly |soon |eventually )?"
    r"(?:be|get|become|feel) "
    r"(?:frustrated|bored|restless|unfulfilled|under-?challenged|understimulated) "
    r"(?:by|with|in|doing)"
    # ... not by how the place runs: "frustrated by the bureaucracy" is culture.
    r"(?! (?:the |our |their |all the |how )?(?:slower |faster |slow |fast |relentless )?(?:pace|"
    r"bureaucracy|process|processes|red tape|hierarchy|structure|culture|politics|rules|"
    r"sign-?offs?|meetings|way (?:we|they|things))\b)",
    r"(?:looking for|after|wanting|want) (?:a )?(?:more|different) (?:[\w-]+ ){0,3}"
    r"(?:role|job|post|position) than",
]
# What the person the role needs has done before, and a career that sits elsewhere:
# "someone who has managed an ERP rollout before", "your experience is more operational",
# "your research has been mostly computational", "you've never been a Scrum Master".
WEAK["experience_level"] += [
    r"(?:someone|somebody|a candidate|a person) who(?:'s| has|'d| had) (?:already |previously )?"
    r"(?!worked with|used )(?:[\w&-]+ ){1,5}before\b",
    r"(?:experience|background|research|career|cv|track record) (?:has |have )?(?:been |is |was |"
    r"seems? |felt )?(?:(?:mostly|largely|mainly|predominantly|primarily) (?!relevant)|"
    r"skew(?:s|ed)? (?:towards?|to)|"
    r"more (?:operational|academic|theoretical|junior|transactional|tactical)\b)",
    r"(?:you've|you have|i've|i have|he's|he has|she's|she has) (?:never|not yet|not) "
    r"(?:actually |previously )?(?:been|held) (?:a|an)\b",
    r"(?:year|years|months|while) of (?:shadowing|supervision|hand-holding)",
]
# How big the work was is part of a good example; so is the candidate's own part in it.
TOPICS["behavioral_examples"] += [
    r"(?:the )?scale of (?:the |your |my )?(?:projects?|budgets?|teams?|programmes?|"
    r"initiatives|work)",
]
WEAK["behavioral_examples"] += [
    r"(?:hard|difficult|struggled|unable|couldn't|could not|not able) to (?:pin down|work out|"
    r"tell|see|separate|pick out) (?:what |exactly what )?(?:your|his|her|my) (?:own |individual "
    r"|personal |specific )?(?:role|contribution|part)",
]
# Not knowing the employer's own business, and not getting ready for the day.
TOPICS["preparation"] += [
    r"(?:their|our|the company's|the firm's) (?:biggest|main|closest|key|nearest) "
    r"(?:competitors?|rivals?)",
    r"(?:name|list|mention) (?:\w+ ){0,2}of (?:their|our) (?:clients|customers|products|"
    r"competitors|services|brands|values)",
]
WEAK["preparation"] += [
    r"(?:didn't|did not|don't|do not|hadn't|had not|couldn't|could not) "
    r"(?:really |even |actually )?(?:know|tell|explain) the difference "
    r"between (?:their|our|the company's)",
    r"underestimat\w+ (?:the )?(?:[\w-]+ ){0,4}(?:responsibilities|demands|requirements|"
    r"workload|scope) of",
    r"(?:hadn't|had not|didn't|did not|never) (?:once |even |actually )?(?:practi[sc]ed|rehearsed)",
    r"(?:showed|turned|rocked) up (?:\w+ ){0,3}late\b",
    r"arrived (?:\w+ ){0,3}late\b",
]
# A teaching or business exercise going wrong is problem solving.
TOPICS["problem_solving"] += [
    r"(?:ethical|ethics) (?:dilemma|question|scenario)s?",
    r"dilemma",
    r"plenary",
    r"(?:account|lesson|sprint|territory) planning",
    r"plan for (?:execution|delivery|implementation|rollout)",
]
# Knowledge of a field that is a skill rather than a market.
TOPICS["technical_skills"] += [
    r"(?:marketing|analytics|data|cloud|security|network|web|statistical|financial|finance|"
    r"procurement|payroll|hr|seo|crm|erp|programming|scientific) knowledge",
]
# A sector the candidate has not worked in: "a whole different world", "new ground".
WEAK["domain_knowledge"] += [
    r"(?:a |an )?(?:whole |entirely |completely |very |quite )?different world",
    r"new (?:ground|territory) for (?:you|me|him|her|them)",
    r"learning curve (?:\w+ ){0,3}(?:steep|too)",
]
# Bearing towards the panel.
WEAK["confidence"] += [
    r"talk(?:ed|ing|s)? down to",
    r"(?:too|a bit too|rather too|overly|a little too) sure of (?:yourself|himself|herself|myself|"
    r"themselves)",
]
# How a team lead handles people: tough calls, follow-through, bringing others on.
TOPICS["leadership"] += [
    r"(?:tough|difficult|hard|unpopular) (?:calls|decisions|feedback)",
    r"follow[- ]through",
    r"(?:motivate|motivating|inspire|inspiring|bring on|bringing on|develop|developing) "
    r"(?:others|the juniors|juniors|junior staff|the team|a team|people)",
]
WEAK["leadership"] += [
    r"people[- ]pleaser",
]
# Working alone, and how the candidate treats the people around them.
WEAK["collaboration"] += [
    r"prefer(?:ence|red|s)? (?:for )?(?:working )?(?:alone|on (?:your|my|his|her) own|solo)",
    r"transactional (?:approach|manner|style|attitude)",
    r"(?:manage|work) around (?:them|the team|people|colleagues) rather than",
]
TOPICS["collaboration"] += [
    r"(?:support|supporting|help|helping) (?:the )?(?:people|colleagues|those|others) around "
    r"(?:you|me|them|him|her)",
]
# Delivery: reading from notes, pace of speech, a talk pitched at the wrong audience.
WEAK["communication"] += [
    r"read (?:heavily |a lot |too much |mostly |straight )?(?:from|off) (?:your|my|his|her|the) "
    r"(?:notes|slides|script|screen)",
    r"(?:spoke|speaking|talked|talking|talk|speak) (?:really |very |too |a bit too |far too |"
    r"quite )?(?:quickly|fast)",
    r"misjudged (?:the|my|your) audience",
    r"(?:steering|steered|steer|steers) (?:every|each|the|most) (?:answer|question|conversation)",
]
# Culture: fixed on how the last place did it, or a style that would sit badly.
WEAK["culture_fit"] += [
    r"(?:sit|sits|sat) (?:uneasily|awkwardly|badly) with",
    r"(?:not|isn't|wasn't) how (?:we|i|you|they) did (?:it|things) at",
]
# The application as a whole failing to show what was asked for.
WEAK["application_materials"] += [
    r"(?:could not|couldn't|can't|cannot|did not|didn't) see from (?:your|the|my) application",
    r"(?:dates|job titles?) (?:\w+ ){0,2}overlap",
]

# Where the candidate would rather be: "more at home in a scrappy indie studio", "might
# prefer the defined processes of a bigger organisation", "not buying into the culture".
WEAK["culture_fit"] += [
    r"(?:thrive|be happier|do better|be more at home|feel more at home|be better suited) in "
    r"(?:a|an) (?:[\w-]+ ){0,4}(?:studio|agency|startup|start-up|firm|charity|shop|practice|"
    r"culture|corporate|organi[sz]ation|company|environment|team)(?! (?:like|such as) (?:ours|us|"
    r"this)\b)",
    r"(?:might|would|may|(?:you|he|she|they|i)'d) prefer the (?:[\w-]+ ){0,5}of (?:a|an) "
    r"(?:bigger|larger|smaller|more [\w-]+|less [\w-]+)",
    r"(?:wasn't|weren't|isn't|not|didn't|did not) (?:really |fully )?buy(?:ing)? into",
]
# Answers that stay in the abstract: "tended to remain hypothetical", "a story with no
# ending".
WEAK["behavioral_examples"] += [
    r"(?:remain(?:ed|s)?|tended to (?:be|remain|stay)|stay(?:ed|s)?|largely|mostly|too|rather) "
    r"(?:theoretical|hypothetical)",
    r"(?:story|example|answer) with no (?:ending|end|result|outcome|conclusion|point)",
]
# Thinking without a frame: "you didn't really structure your thinking".
WEAK["problem_solving"] += [
    r"(?:didn't|did not|don't|failed to|couldn't|could not|never) (?:really |quite |properly )?"
    r"structure (?:your|my|his|her|their|the) (?:thinking|approach|analysis|answer|response)",
]
# Growing other people, and seeing a thing through.
TOPICS["leadership"] += [
    r"(?:guiding|guide|coaching|coach|supervising|supervise|training|train) (?:anyone|others|"
    r"juniors|apprentices|trainees|a junior|an apprentice|new starters)",
    r"taken? ownership of",
    r"(?:drive|drove|driven|driving) (?:it|them|things|projects?|change) through",
]
WEAK["leadership"] += [
    r"(?:mostly|only|largely|mainly|all) (?:of )?(?:supporting|helping with|assisting with|"
    r"assisting on) (?:others'|other people's|someone else's|colleagues')",
]
# Answers that wander: tangents of any size, points that circle back, talking non-stop.
WEAK["communication"] += [
    r"(?:went|go|going|goes|veered) off on (?:a |an )?(?:[\w-]+ )?tangents?",
    r"circl(?:ed|es|ing) (?:back|round|around) on (?:themselves|itself)",
    r"(?:talked|talking|spoke|speaking) non[- ]?stop",
    r"(?:work|worked|working) (?:quite |really |very )?hard to get to the (?:substance|point|"
    r"heart)",
]
# Friction with colleagues, and not taking direction.
WEAK["collaboration"] += [
    r"(?<!\bnever )(?<!n't )(?<!\bnot )clashed (?:a lot |often |repeatedly |regularly )?with "
    r"(?:the |your |his |her |my )?(?:other|"
    r"colleagues|co-?workers|teammates|peers|staff|people)",
    r"(?:didn't|did not|doesn't|does not|don't|wouldn't|would not) take (?:instruction|"
    r"direction|feedback|criticism) well",
]
# What the role does not hold for the candidate: "doesn't really interest you", "move into
# strategy as quickly as possible", "one of many applications".
WEAK["motivation"] += [
    r"(?:doesn't|does not|didn't|did not|wouldn't|would not) (?:really |genuinely )?interest "
    r"(?:you|me|him|her|them)",
    r"move (?:on|up|into (?:[\w-]+ ){1,2})as (?:quickly|soon|fast) as (?:possible|you can|"
    r"you could)",
    r"one of (?:many|a lot|lots|dozens|a dozen|hundreds)\b",
]
TOPICS["motivation"] += [
    r"where (?:do )?(?:you|i) see (?:yourself|myself) in",
    r"what drew (?:you|me) to",
]
# A bar in years the candidate is short of: "minimum 6 years", "a couple of winter seasons",
# "a bit junior for the team lead role".
WEAK["experience_level"] += [
    r"(?:a bit|a little|a touch|rather|too|slightly|quite|somewhat) junior for",
    r"(?:needs?|requires?|wants?|after|looking for) (?:at least |a minimum of |minimum )?"
    r"(?:a couple of|a few|several|two|three|four|five|six|seven|eight|ten|\d+) (?:[\w-]+ )?"
    r"(?:seasons|years|yrs)\b(?!')",
    r"years? post[- ]qualification",
]
# Not knowing what anyone could have looked up.
WEAK["preparation"] += [
    r"(?:couldn't|could not|didn't|did not|can't|cannot|unable to) name (?:any|one|a single|two|"
    r"three|even one) (?:of )?(?:their|our|the company's) (?:[\w-]+ )?(?:clients|customers|"
    r"competitors|rivals|values|directors|partners)",
    r"(?:didn't|did not|hadn't|had not) (?:even |properly )?(?:re-?read|look at|looked at) "
    r"(?:my|your|his|her) own (?:application|cv|resume|cover letter|statement)",
    r"(?:expected|expect|wanted|needed) (?:a bit of|some|more|a little) homework",
]
# Manner towards the panel.
WEAK["confidence"] += [
    r"(?:found|find) (?:you|him|her|me) (?:quite |rather |a bit |somewhat )?"
    r"(?:condescending|patronising|patronizing|arrogant|dismissive)",
    r"dismissive of (?:the )?(?:panel|interviewers?|questions|panel's questions)",
]
# Who the customers are is market knowledge; a side of a business never worked on.
WEAK["domain_knowledge"] += [
    r"(?:never|not|haven't|hadn't) (?:ever )?worked (?:on|in) the (?:[\w-]+ ){0,2}side of",
    r"who (?:actually )?(?:buys|reads|uses|watches|listens to) (?:the|our|their)\b",
]

# A test failed by its mark, or work done wrongly: "under the 75 mark", "fell below the
# benchmark", "wired the consumer unit incorrectly", "mislabelled two circuits".
WEAK["technical_skills"] += [
    r"(?:didn't|did not|failed to|couldn't|could not|not) (?:quite )?pass (?:the |my |your )?"
    r"(?:[\w-]+ ){0,3}(?:theory|test|exam|paper|assessment|refresher|check|module)",
    r"(?:fell|falls|was|were|came in|landed|sat) (?:both |all |just |well )?(?:below|under) the "
    r"(?:[\w-]+ )?(?:benchmark|mark|threshold|pass mark|cut-?off|bar)",
    r"wired (?:[\w-]+ ){0,3}(?:incorrectly|wrongly|wrong)",
    r"mislabell?(?:ed|ing)",
]
# Working an exercise without a frame: never reaching the core, building before asking
# what was needed, going sideways.
WEAK["problem_solving"] += [
    r"(?:never|didn't|did not|couldn't|could not) (?:got|get|reached|reach|made it|make it) "
    r"(?:to )?the (?:big picture|core|heart|crux|main (?:question|problem|issue))",
    r"(?:without|before) (?:first )?(?:asking|clarifying|checking) (?:about |what |for )?"
    r"(?:the )?(?:scale|requirements|constraints|brief|assumptions|use case|goals?)\b",
    r"(?:built|solved|answered|designed|tackled) the wrong (?:thing|problem|question|system)",
    r"went sideways",
    r"instead of working out",
]
# A bar in years or seasons the candidate is short of, said of the person the role needs.
WEAK["experience_level"] += [
    r"(?:someone|somebody|a candidate|a person|an applicant) with (?:at least |a minimum of |"
    r"minimum )(?:[\w-]+ ){1,2}(?:[\w-]+ )?(?:seasons|years|yrs)\b(?!')",
    r"(?:someone|somebody) (?:who has|who's|who had) (?:already )?(?:[\w-]+ ){1,6}for "
    r"(?:several|many|a number of|a few|at least [\w-]+|\d+|two|three|four|five) years",
    r"(?:yrs|years) (?:vs|versus|against|compared (?:to|with)) (?:my|your|his|her|their|the) "
    r"(?:\d+|one|two|three|four|five|six|seven|eight)",
]
# Presence: apologising, not looking up, a superior manner; owning the room.
WEAK["confidence"] += [
    r"(?:so |very |too |quite |overly )apologetic",
    r"(?:kept|keep|keeps) (?:saying sorry|apologi[sz]ing)",
    r"(?:kept|keep|keeps) looking (?:down|away|at (?:the|my|your) (?:floor|table|desk|notes))",
    r"(?:manner|tone|attitude) (?:\w+ ){0,2}(?:superior|arrogant|condescending|patronising|"
    r"cocky|smug)",
]
TOPICS["confidence"] += [
    r"(?:owns?|owned|command|commands) the room",
]
# Fitting a house style: "gel with the senior team", "a more directive approach than the
# team would be comfortable with".
TOPICS["culture_fit"] += [
    r"gel(?:led|ling)? with",
]
WEAK["culture_fit"] += [
    r"than (?:the|our|their) (?:team|practice|firm|company|organi[sz]ation|school|ward|studio) "
    r"(?:would be|is|are|were|was) (?:comfortable|used to|happy) with",
]
# Stepping up in a crisis, and running a shift or team alone.
TOPICS["leadership"] += [
    r"step(?:ping|s)? up",
    r"own(?:ing|ed|s)? (?:a|the) situation",
]
WEAK["leadership"] += [
    r"(?:never|not) (?:actually |yet |really )?(?:run|led|managed) (?:a|the) (?:shift|team|crew|"
    r"brigade)",
    r"(?:always been |only been |always |only )?(?:2nd|second) in (?:charge|command)",
]
# Applying anywhere, and a first-person reason that is about the candidate only.
WEAK["motivation"] += [
    r"applying (?:everywhere|for everything|all over|to everyone|anywhere)",
    r"take (?:whatever|anything|the first (?:one|offer)) (?:came|comes|that came|that comes)",
]
TOPICS["motivation"] += [
    r"why (?:i|you|he|she) (?:want|wanted|wants) to (?:be|become|work|join|move)",
]
# Taking over a group exercise and shutting others out.
WEAK["collaboration"] += [
    r"(?:took|take|taking|takes) over the (?:flipchart|group|discussion|exercise|task|session|"
    r"whiteboard|conversation)",
    r"(?:didn't|did not|never|failed to) (?:invite|ask for|draw in|bring in) "
    r"(?:contributions|input|others|the others|other views)",
    r"ignor(?:ed|ing) (?:the )?(?:quiet|other|others|colleagues|teammates|the rest)",
    r"as ['\"]?(?:obstacles|the enemy|a nuisance|a hindrance|a roadblock)",
]
WEAK["communication"] += [
    r"answer(?:ed|ing)? (?:a|the) question (?:they|she|he|we|you|the panel) (?:didn't|did not|"
    r"hadn't|had not|never) ask",
]
# Not having looked at what the employer puts first.
WEAK["preparation"] += [
    r"(?:hadn't|had not|didn't|did not|never|haven't) (?:even |actually )?(?:watched|seen|read|"
    r"looked at|checked|heard of|tried|played|used|visited|downloaded) (?:their|our|the "
    r"company's|the firm's)\b",
]
WEAK["application_materials"] += [
    r"(?:link|links) (?:\w+ ){0,2}(?:was|were|is|are) (?:broken|dead)",
    r"broken (?:portfolio )?links?",
]
WEAK["compensation"] += [
    r"unless you (?:come|came|can come|could come) down",
]
# Having worked only somewhere else: "you've only worked in startups", "I've only ever
# taught in independent schools"; getting to grips with how the clients think.
WEAK["domain_knowledge"] += [
    r"(?:i've|you've|i have|you have|he's|she's|he has|she has|they've) only (?:ever )?"
    r"(?:worked|taught|practi[sc]ed) (?:on [\w-]+ (?:[\w-]+ )?)?(?:in|at|for|with)\b(?![- ]house)",
    r"get to grips with how (?:our|their|the)",
]

# Ways of working the candidate would chafe against: "you would find that frustrating",
# "whether you'd be comfortable with how slowly things move here".
WEAK["culture_fit"] += [
    r"(?:you'd|you would|you might|he'd|she'd|he would|she would|they'd) (?:probably |quickly |"
    r"soon )?find (?:that|it|this|us|the pace|the way we work|our way of working|our pace) "
    r"(?:quite |rather |very |a bit |too )?(?:frustrating|stifling|restrictive|limiting|slow|"
    r"constraining|suffocating)",
]
TOPICS["culture_fit"] += [
    r"(?:comfortable|happy|at ease) with how (?:slowly|quickly|openly|things|we|decisions|the "
    r"team|work)",
]
# Errors of substance, a trade test, a dose.
WEAK["technical_skills"] += [
    r"(?:fundamental|basic|technical|significant|serious) (?:errors|mistakes|misconceptions|"
    r"inaccuracies)(?! (?:about|on|regarding|in what you said about) (?:our|their|the company|"
    r"the organi[sz]ation|the firm|us)\b)",
]
TOPICS["technical_skills"] += [
    r"trade test",
    r"(?:nsaid |drug |insulin |medication )?dosing",
]
# Not knowing what the role or the employer's product is.
TOPICS["preparation"] += [
    r"what (?:do |did )?(?:you|i) know about (?:us|our|their|the company|the firm|the business)",
]
WEAK["preparation"] += [
    r"(?:hadn't|had not|haven't|didn't|did not|never) (?:even |actually )?downloaded",
    r"(?:didn't|did not|hadn't|had not|only) (?:even )?reali[sz](?:e|ed) (?:\w+ ){0,4}(?:that )?"
    r"(?:it|the role|the job|the post|the interview) was (?:a|an)\b",
]
# What a CV leaves unclear: dates that differ, achievements that cannot be seen, a name
# spelled wrong.
WEAK["application_materials"] += [
    r"(?:had|showed|gave|listed|have) different (?:dates|job titles|titles|start dates|end dates)",
    r"(?:spelled|spelt|spelling|got) (?:the |their |your |my )?(?:company(?:'s)? |firm's |"
    r"hiring manager's |manager's )?name (?:\w+ )?wrong",
]
WEAK["behavioral_examples"] += [
    r"(?:hard|difficult|impossible|not easy) to see what (?:you|he|she|i|they) (?:actually )?"
    r"(?:achieved|delivered|accomplished|contributed)",
]
# Where the candidate's heart is: "where you see your future", "spoke more warmly about
# teaching than research", "for a year or two and then see".
TOPICS["motivation"] += [
    r"where (?:you|i|he|she) see (?:your|my|his|her) (?:future|career)",
]
WEAK["motivation"] += [
    r"(?:spoke|talked|spoken|talk|speak) (?:far |much |a lot |noticeably )?more (?:warmly|"
    r"enthusiastically|passionately|fondly|excitedly) about",
    r"(?:for|just for|only for) (?:a year or two|a couple of years|a year|six months|a few months) "
    r"(?:and then|then|before moving|before)",
]
# Holding on to disagreements, and not wanting feedback.
WEAK["collaboration"] += [
    r"(?:used to|tend to|tended to|tends to|would often|often) clash with",
    r"(?:wouldn't|won't|couldn't|can't|doesn't|don't|didn't) let (?:things|it|stuff|"
    r"disagreements|arguments) go",
    r"(?:don't|do not|didn't|did not) (?:really )?need (?:much |any )?feedback",
]
# Testing the work before handing it in.
WEAK["problem_solving"] += [
    r"never (?:actually |once |properly )?(?:playtested|tested|checked|validated|sanity[- ]checked)"
    r" (?:the|my|your|his|her|their)\b",
    r"went straight to (?:[\w-]+ ){0,4}without",
]
WEAK["compensation"] += [
    r"(?:is|was|at) the top of (?:the|their|our|the pay) (?:scale|band|range|grade)",
    r"(?:zero|no) (?:movement|flex|flexibility) (?:on|in|there)?",
]
WEAK["confidence"] += [
    r"(?:i|you|he|she|they) (?:just |completely |totally |rather )?crumbled",
]
TOPICS["leadership"] += [
    r"how many (?:people|staff|reports) (?:i|you|he|she)(?:'d| had| have|'ve)? (?:managed|led|"
    r"supervised)",
]
# Filler words repeated: "kept saying 'basically'".
WEAK["communication"] += [
    r"(?:kept|keep|keeps) saying ['\"]?(?:basically|like|you know|um+|er+m?|actually|literally|"
    r"to be honest|sort of|kind of)",
]

# Why the candidate left before, and money or perks asked about first: both speak to why
# this role.
TOPICS["motivation"] += [
    r"reasons? for leaving",
    r"why (?:you|i|he|she) left (?:your|my|his|her) (?:last|previous|current|old|former) "
    r"(?:[\w-]+ )?(?:job|jobs|role|roles|position|positions|employer|post)",
    r"(?:the )?spark (?:they|we|you) (?:were|was) (?:hoping|looking) for",
]
WEAK["motivation"] += [
    r"(?:asked|asking) (?:them |about |what |them what |them about )?(?:the )?(?:salary|pay|"
    r"remote working|working from home|holidays?|benefits|bonus|hours)(?: was)? "
    r"(?:in the first|before|straight away|right away|first thing|up front)",
    r"(?:just wanted|would take|would have taken) any (?:job|role|offer)",
]
# Forgetting to ask, and not thinking through what the move involves.
WEAK["preparation"] += [
    r"forgot to ask",
    r"(?:had not|hadn't|did not|didn't|never) (?:fully |really |properly )?(?:considered|thought "
    r"through|thought about) what (?:[\w-]+ ){0,8}(?:would involve|involves|entails|would entail|"
    r"would mean)",
]
# A live question answered with a list or a shrug: "asked how I'd measure the success of a
# campaign and I just said 'likes'".
WEAK["problem_solving"] += [
    r"asked (?:me |us |you )?(?:how (?:i'd|i would|you'd|you would) (?:measure|grow|prioriti[sz]e|"
    r"handle|approach|tackle|estimate|improve|fix|structure)|to (?:critique|estimate|"
    r"prioriti[sz]e)) (?:[\w'-]+ ){0,8}?and (?:i|you) (?:just |basically |only |simply )?"
    r"(?:said|listed|gave|guessed|panicked|froze|went blank|blanked)",
]
TOPICS["problem_solving"] += [
    r"critique (?:their|our|one of their|one of our|the)",
]
# Examples all from student days.
WEAK["experience_level"] += [
    r"(?:were|was|are) (?:all |mostly |largely |mainly )(?:from|related to) (?:(?:your|my|his|her) "
    r"(?:time|days) (?:at|as a) )?(?:uni|university|college|school|student|studies)\b",
    r"related (?:mostly |mainly |largely )to (?:your|my|his|her) time as a student",
]
# A joke that fell flat is a misreading of the room.
WEAK["culture_fit"] += [
    r"(?:cracked|made|told|tried) (?:a|an) (?:[\w-]+ )?joke",
    r"(?:came across as|seemed|a bit|too|rather) flippant",
]
# Talking over the panel.
WEAK["communication"] += [
    r"talk(?:ed|ing|s)? over (?:the |another |my |your )?(?:other )?(?:interviewers?|panel|panel "
    r"members?|people|them|him|her|questions)",
]
# Relating skills to what the employer's customers need.
TOPICS["domain_knowledge"] += [
    r"(?:relate|connect|link|apply|tie) (?:it|them|this|that|your \w+) to (?:our|their|the) "
    r"(?:customers'?|clients'?|users'?|business|market)",
]

# A knowledge slip told in the first person: "I know this stuff!", "I knew it once",
# "mixed up the nmap flags", "got the elevators and luxators mixed up".
WEAK["technical_skills"] += [
    r"i (?:should|do|actually|definitely) know (?:this|that|them)(?: stuff)?",
    r"i know (?:this|that|them) stuff",
    r"i know (?:this|them|it)!",
    r"i knew (?:it|this|that|them) (?:once|last week|yesterday|before|cold|inside out)",
    r"mixed up the (?!(?:roles?|jobs?|applications?|companies|company|dates?|times?|interviews?|"
    r"days?|address|venue|locations?)\b)[\w-]+",
    r"got (?:the |my )?[\w-]+ (?:and (?:the )?[\w-]+ )?mixed up",
]

# "We have decided to pursue other candidates" is a form letter; pursuing others "whose
# experience better matches" names a rival.
EXTERNAL["competition"] += [
    r"pursu(?:e|ing) other (?:candidates|applicants)(?= (?:whose|who|with)\b)",
]

# Going ahead alone when a colleague queries the work.
WEAK["collaboration"] += [
    r"without (?:checking|cross-?checking|confirming|agreeing|talking) (?:it |this |that |them )?"
    r"(?:through )?with (?:her|him|them|colleagues|the team|anyone|others|the others)\b",
]
# Jumping to a fix before finding the problem.
WEAK["problem_solving"] += [
    r"(?:went|jumped|dived|dove|launched|rushed) straight (?:in(?:to)?|to|for) (?:[\w-]+ ){0,4}"
    r"(?:instead of|rather than|without)",
    r"skipped the (?:bit|part|step|stage) where",
]
# Fillers counted: "said 'um' about a hundred times".
WEAK["communication"] += [
    r"(?:said|saying|says) ['\"]?(?:um+|er+m?|uh+|like|basically|you know)['\"]? (?:about |like |"
    r"at least |maybe )?(?:a (?:hundred|million|thousand|lot of)|so many|loads of|lots of|too many|"
    r"\d+|fifty|twenty) times",
]

# Plain nouns for each theme that feedback uses on their own: "your programming was
# weak", "your passion was obvious", "your poise".
TOPICS["technical_skills"] += [
    r"(?:your |my |his |her )programming(?! (?:role|job|team|language of))",
    r"(?<!-)(?<!pair )(?<!extreme )programming (?:skills?|ability|knowledge|background|test)",
    r"(?:your |my |his |her )maths",
    r"written " + _LANG,
    r"(?:your |my |his |her )accuracy",
    r"(?:lab|laboratory|surgical|aseptic|clinical|cooking|pipetting|sterile) technique",
    r"proofreading",
    r"(?:your |my |his |her )translations?",
]
TOPICS["problem_solving"] += [
    r"approach to (?:the|this|that) (?:problem|task|case|exercise|brief|scenario|question)",
]
TOPICS["communication"] += [
    r"writing style",
    r"diction",
]
TOPICS["motivation"] += [
    r"(?:your|my|his|her) passion",
]
TOPICS["confidence"] += [
    r"poise",
]

# Everyday verdicts for a theme, told by the candidate or the panel.
WEAK["confidence"] += [
    r"(?:i was|you were|he was|she was|they were|hands were|voice was|my hands were|my voice was) "
    r"(?:visibly |literally |actually )?(?:shaking|trembling)",
]
WEAK["motivation"] += [
    r"stepping[- ]stone",
    r"(?:didn't|did not|don't|doesn't|wasn't|weren't|not) (?:seem |appear |come across as )?"
    r"(?:that |too |very |particularly |all that |really )?bothered (?:about|by)",
]
TOPICS["leadership"] += [
    r"tak(?:e|es|ing|en) the lead",
]
WEAK["experience_level"] += [
    r"(?:someone|somebody|a candidate|a person) (?:a bit |a little |much |slightly )?further along",
]
WEAK["compensation"] += [
    r"priced (?:myself|yourself|himself|herself|themselves) out",
]

# rules-1.4: families for faults fresh feedback words in everyday terms.

# Clashing with the people around you, in any tense: "can clash with colleagues under
# pressure", "clashes with peers"; a denial before it ("never clashed") names nothing.
WEAK["collaboration"] += [
    r"(?<!\bnever )(?<!n't )(?<!\bnot )(?<!\bno )"
    r"clash(?:es|ed|ing)? (?:a lot |often |sometimes |regularly )?with (?:the |your |his |her |my |"
    r"their |other )?(?:peers?|colleagues?|co-?workers?|teammates?|managers?|bosses|boss|team|"
    r"others|people|staff|clients?|stakeholders)\b",
]

# Rivals as finalists and choices: "two excellent finalists and we've chosen the other",
# "the first-choice candidate", "someone better suited".
EXTERNAL["competition"] += [
    r"(?:two|three|four|several|a few|\d) (?:[\w-]+ )?finalists",
    r"(?:chosen|chose|picked|selected|gone with|went with|going with|offered it to) the other\b",
    r"first[- ]choice (?:candidate|applicant|person|hire)",
    r"(?:someone|somebody|a candidate|an applicant|a person|another (?:candidate|applicant|"
    r"finalist)) (?:who (?:was|is|were)|who's|that (?:was|is)|slightly |a (?:bit|little|touch) |"
    r"just )?(?:better|more closely|more) (?:suited|aligned|matched)",
]

# How fast the place moves, and the conditions someone does their best work in: "the
# slower pace of a rural practice", "you do your best work with long planning cycles",
# "might not suit how they operate", "we don't think that would be a happy match".
TOPICS["culture_fit"] += [
    r"(?:the |our |their |a )?(?:slower|faster|quicker|relentless|frantic|hectic|calmer|gentler|"
    r"steadier|intense|breakneck) pace",
    r"(?:the |our |their )pace (?:here|of (?:a|an|the|our|their|change|work|things|life))",
]
WEAK["culture_fit"] += [
    r"(?:do|does|did|doing) (?:your|my|his|her|their) best work (?:alone|solo|on (?:my|your|his|"
    r"her|their) own|in (?:a |an )?(?:quiet|small|large|big|structured|calm)|with (?:long|lots|a "
    r"lot|plenty|clear|minimal|little|headphones|no))",
    r"(?:don't|do not|didn't|did not|wouldn't|would not|won't|isn't|wasn't|not) (?:\w+ ){0,4}"
    r"(?:be )?a (?:happy|natural|comfortable) (?:match|fit)",
    r"(?:might|may|would|will|does|did|could)(?:n't| not) (?:really )?suit (?:how|the way) "
    r"(?:we|they|the team|our team|their team|things)",
]

# Nerves in everyday words: "so jittery", "on edge", "talking to the table".
WEAK["confidence"] += [
    r"(?:so |very |a bit |quite |really |visibly |too )?(?:jittery|jumpy|on edge(?! cases?)|"
    r"twitchy|shaky)\b"
    r"(?! (?:on|with|about|in) (?:the |my |your |his |her )?(?!nerves)\w)",
    r"(?:talk|talked|talking|spoke|speaking|look|looked|looking) (?:mostly |mainly )?(?:to|at|"
    r"down at) the (?:table|floor|desk|ceiling)",
]
# Brushing off a colleague's challenge: "dismissive when the product manager challenged my
# estimate", "dismissive of the sales team's perspective", "need to work on taking pushback".
WEAK["collaboration"] += [
    r"dismissive (?:when|whenever|once|if) (?:the |a |my |your |his |her |their |other )?"
    r"(?:[\w-]+ )"
    r"{0,3}(?:challenged|questioned|pushed back|disagreed|raised)",
    r"dismissive (?:of|towards|about) (?:the |a |other |their |your |his |her )?(?:[\w-]+ ){0,2}"
    r"(?:team's|teams'|colleagues'|others'|people's|department's|function's) (?:perspective|"
    r"views?|concerns|input|ideas|needs|point of view)",
]
TOPICS["collaboration"] += [
    r"(?:taking|take|takes|took|handling|handle|accepting|accept) (?:the )?push ?back",
    r"push ?back from (?:colleagues|peers|the team|others|stakeholders)",
]
# Saying too much: "over-talked to compensate", "overexplained".
WEAK["communication"] += [
    r"over-?talk(?:ed|ing|s)?",
]
# Reading ahead of the day: "the pre-read", "skimmed it on the train", "didn't ask a single
# thing about the team".
TOPICS["preparation"] += [
    r"pre-?reads?",
    r"(?:the |your |my )?(?:pre-?interview |reading )pack",
]
WEAK["preparation"] += [
    r"(?:only |just |barely )?skimm(?:ed|ing) (?:it|them|through)",
    r"(?:didn't|did not|never|couldn't|could not) ask (?:a single|any|one) (?:thing|question)",
]
# Time in a role still to come: "more time as a supervisor", "about half the years they'd
# like".
WEAK["experience_level"] += [
    r"(?<!\bno )(?:more|longer|further|another (?:year|couple of years|few years)|a few more "
    r"years'?) (?:time )?(?:as an? |in an? (?!position to)(?:\w+ )?(?:role|position|post|seat)\b)",
    r"(?:need|needs|needed|want|wanted|would like) (?:some |a bit )?more time (?:as|in|at)\b",
    r"(?:about |roughly |only |barely )?(?:half|a third|a fraction) (?:of )?the (?:years|"
    r"experience|time in (?:the )?(?:role|industry))",
]
# Security vetting the candidate cannot get in time: "needs SC clearance", "an NV1
# clearance".
EXTERNAL["logistics"] += [
    r"(?:sc|dv|nv1|nv2|ctc|bpss|baseline|government|federal|police|vetting) (?:level )?clearance",
    r"(?:not |haven't |hadn't |not yet )?(?:lived|been resident|resided) in (?:the )?(?:uk|us|"
    r"country|australia|canada|ireland|nz|new zealand) (?:for )?long enough",
]
# The role filled from inside: "filled by a colleague from our internal design team".
EXTERNAL["position_change"] += [
    r"(?:filled|taken|gone) (?:by|to) (?:a |an |one of )?(?:colleague|existing|current|"
    r"member of (?:our|the) (?:own )?(?:team|staff)|internal|someone (?:from )?(?:inside|within|"
    r"internally))",
]
# A motive that is only the money: "because it pays well", "in it for the money".
WEAK["motivation"] += [
    r"(?:because|cause|since|as) (?:it|the role|the job|they|the industry|the sector|"
    r"fintech|that) pays? (?:well|better|more|good money)",
    r"(?:just |only |mainly |mostly )?(?:in it )?for the money",
]
# Meeting a stated qualification: "requires a completed CIMA or ACCA qualification".
TOPICS["technical_skills"] += [
    r"(?:completed|full|chartered|recognised|relevant|professional) (?:[\w-]+ ){0,3}"
    r"(?:qualification|certification|accreditation)",
]
# A world or market the candidate is still new to: "you're newer to that world", "how
# agronomists and farm buyers make their decisions".
WEAK["domain_knowledge"] += [
    r"(?:newer|new|fresh|a newcomer) to (?:that|this|the|our|their) (?:world|sector|industry|"
    r"market|space|field|area)",
]
TOPICS["domain_knowledge"] += [
    r"how (?:the |our |their |local )?(?:[\w-]+ )?(?:buyers|customers|clients|users|farmers|"
    r"agronomists|brokers|patients|members|shoppers|consumers|retailers|merchants|sellers|"
    r"regulators|donors|funders|investors|advertisers|growers|insurers|lenders|tenants|landlords)"
    r" (?:and (?:[\w-]+ )?[\w-]+ )?(?:make (?:their )?(?:decisions|choices)|decide|choose|buy|"
    r"think|operate|behave|work)",
]

# Nerve and backing: "a little under-confident", "qualified them so heavily", "back your own
# judgement", "deferred to the 'client' on everything", "didn't project the authority".
WEAK["confidence"] += [
    r"under-?confident",
    r"(?:qualified|hedged|caveated) (?:them|it|everything|your answers|my answers|each answer|"
    r"every answer|them all) (?:so |very |too )?(?:heavily|much)",
    r"deferred to (?:the |your |my )?['\"]?[\w-]+['\"]? on (?:everything|every point|all of it)",
    r"(?:reluctant|hesitant|afraid|unwilling) to take up (?:any )?space",
    r"let (?:it|them|the point|your idea|the idea|my idea) go rather than (?:standing behind|"
    r"defending|arguing for)",
]
TOPICS["confidence"] += [
    r"(?:project|projected|projecting|projects) (?:the |any |more |enough |real )?(?:authority|"
    r"gravitas|presence|confidence|assurance)",
    r"back (?:your|my|his|her|their) own (?:judgement|judgment|ideas|views|decisions|instincts|"
    r"opinions)",
    r"(?:stand|standing|stood) (?:behind|by|up for) (?:your|my|his|her|the|their) (?:concept|idea|"
    r"ideas|work|design|view|position|recommendation|decision)",
]
# Friction with colleagues in other words: "a few run-ins with the GPs", "frustration in how
# you described working with the nursing team".
WEAK["collaboration"] += [
    r"run-?ins? with",
    r"frustration (?:in|with|about|towards|at) (?:how you (?:described|talked about|spoke about) )?"
    r"(?:working with|your colleagues|colleagues|the team|your team|other teams|the nurses|"
    r"co-?workers|peers|managers)",
]
# The employer's way of running things and where the candidate sits against it: "just not
# one of us", "we don't see eye to eye on how a team should run", "your views on billing
# targets did not align with the firm's expectations", "happier somewhere with more
# structure".
WEAK["culture_fit"] += [
    r"(?:not|isn't|wasn't|aren't|weren't) (?:really |quite )?one of us",
    r"(?:don't|do not|didn't|did not|never|wouldn't) (?:really |quite )?see eye to eye",
    r"(?:did not|didn't|does not|doesn't|would not|wouldn't|don't|do not) "
    r"(?:quite |really |fully )?"
    r"align with (?:the |our |their )?(?:[\w-]+'s )?(?:culture|values|expectations|ethos|way|ways|"
    r"approach)",
    r"(?:be |feel )?happier (?:somewhere|elsewhere|in an? (?:[\w-]+ )?(?:place|setting|environment|"
    r"organi[sz]ation|company|firm))",
    r"came across as (?:a bit |quite |very |too |rather )?(?:corporate|buttoned-up|formal|casual|"
    r"laid-back|old-school|academic)",
]
# Looking into the employer: "you weren't aware of our recent merger", "whether you'd looked
# into our services", "only glanced at the pre-read".
TOPICS["preparation"] += [
    r"look(?:ed|ing)? into (?:our|their|the company's|the firm's|the organi[sz]ation's|us|them)\b",
]
WEAK["preparation"] += [
    r"(?:(?:weren't|wasn't|not) |un)aware of (?:our|their|the company's|the firm's) "
    r"(?:recent|latest|new|"
    r"current|own)",
    r"(?:only |just |barely )glanced (?:at|over|through) (?:it|them|the|their)",
]
# How a market buys or is funded: "how schools buy anything", "how family farms buy feed",
# "how housing associations are funded".
TOPICS["domain_knowledge"] += [
    r"how (?:the |our |their |local |a |an |most )?(?:[\w-]+ ){0,2}[\w-]+s (?:actually |really )?"
    r"(?:buy|purchase|procure|are funded|get funded|get paid|make (?:their )?money|"
    r"make decisions)\b",
]

# Something that would not run, and slips made again and again: "couldn't get BFS working",
# "kept mixing up subjunctive forms".
WEAK["technical_skills"] += [
    r"(?:couldn't|could not|didn't|did not|never|couldnt) (?:quite )?get (?:the |my |a |an |it |"
    r"them )?(?:[\w+#-]+ ){0,2}(?:working|to work|to run|to compile|running|to pass)\b",
    r"(?:kept|keep|keeps) mix(?:ing|ed)? up(?! (?:the |my |their )?(?:roles?|jobs?|applications?|"
    r"companies|company|dates?|times?|interviews?|days?|names?|address|venue|locations?)\b)",
]
# Stories without substance: the same example for several questions, none with numbers,
# never a time the candidate made the difference personally.
WEAK["behavioral_examples"] += [
    r"(?:used|gave|reused|recycled|repeated) the same (?:example|story|anecdote) (?:for|in|across|"
    r"twice|three times)",
    r"(?:none|neither|not one) of (?:them|my (?:answers|examples|stories)|your (?:answers|examples|"
    r"stories)) (?:had|has|included|gave) (?:any )?(?:numbers|metrics|figures|results|outcomes|"
    r"data)",
]
TOPICS["behavioral_examples"] += [
    r"(?:a|one|any) (?:specific |real |particular )?time (?:when )?(?:you|i) (?:had )?"
    r"(?:personally|"
    r"actually|yourself|myself)\b",
]
# Questions for the panel: "when we invited questions, you said you didn't have any".
TOPICS["preparation"] += [
    r"(?:invited|invite|asked for|asked if (?:you|i) had any|opened (?:it |the floor )?up for) "
    r"questions",
]

# English is a language like any other: "my English was not good enough", "your written
# English in the task had several errors" are the skill, as "your spoken Spanish" is.
TOPICS["technical_skills"] += [
    r"(?:your|my|his|her) (?:written |spoken )?english",
    r"written english",
    r"english-to-[a-z]+",
]

# Doing the wrong thing in a practical: "asked to demo a special test and did the wrong one".
WEAK["technical_skills"] += [
    r"(?:did|performed|demonstrated|demoed|used|picked|chose|ran|applied) the wrong (?:one|test|"
    r"technique|procedure|method|formula|calculation|drug|dose|instrument|tool|command|query|"
    r"function|equation|approach)\b",
]
# A band with a stated top: "the band stops at 52".
WEAK["compensation"] += [
    r"(?:band|range|budget|scale|grade|salary|pay) (?:stops|tops out|maxes out|caps out|ends|"
    r"is capped) at",
]
# A written piece is communication: "the written briefing lacked structure".
TOPICS["communication"] += [
    r"(?:your |the |my )?written briefing",
    r"briefing (?:note|paper)s?",
]

# Doubting the candidate would be content, asked outright; interest in the terms rather than
# the work: "weren't sure you'd be happy in a role with so much night work", "kept asking
# about the remote policy", "more about the location than the role itself".
WEAK["motivation"] += [
    r"(?:sure|convinced|certain|confident) (?:that )?(?:you|he|she|they|i)(?:'d| would) (?:really |"
    r"genuinely |actually )?(?:be|feel|stay) (?:happy|content|fulfilled|satisfied|settled|engaged)",
    r"(?:kept|keep|keeps) (?:asking|going on|talking) about (?:the )?(?:remote|salary|pay|perks|"
    r"holidays?|benefits|bonus|hours|working from home|flexib)",
    r"more (?:about|interested in|focused on) (?:the )?(?:[\w-]+ ){1,4}than (?:in )?(?:the|this) "
    r"(?:role|job|work|actual work|position|post)",
]

# The craft of a taught lesson is how the teaching exercise went: behaviour management,
# questioning, differentiation, a lesson pitched at the wrong level, a class left unchallenged.
TOPICS["problem_solving"] += [
    r"(?:your |the |my )?(?:behaviou?r|classroom) management",
    r"(?:your |the |my )questioning",
    r"differentiation",
]
WEAK["problem_solving"] += [
    r"pitched (?:it |the lesson |the session )?(?:far |much |a bit |slightly |way )?(?:too high|"
    r"too low|at the wrong level)",
    r"(?:pupils|students|children|kids|class|learners) (?:were not|weren't|was not|wasn't) "
    r"(?:sufficiently |really |properly |fully )?(?:challenged|stretched)",
]

# Skills named by their field, and having the skills for the job: "your cyber security
# skills", "you clearly have the skills for this role".
TOPICS["technical_skills"] += [
    r"(?:cyber ?security|security|engineering|testing|research|editing|lab|laboratory|"
    r"statistical|modell?ing|financial|bookkeeping|trade|carpentry|joinery|electrical|plumbing|"
    r"welding|mechanical|surgical|diagnostic|illustration|drawing|animation|photography|"
    r"translation|cooking|culinary) skills",
    r"(?:have|has|had|having) (?:all )?the (?:technical |right |core |hard )?skills\b",
]
# Explaining yourself is communication: "you explain yourself really well".
TOPICS["communication"] += [
    r"explain(?:ed|s|ing)? (?:yourself|myself|himself|herself|themselves)",
]

# rules-1.5: test scores and credentials. A test's results or score are the skill it tested
# ("your numerical test results were among the highest"), and a score short of the bar is a
# gap in it ("your score did not meet the threshold"); a ticket, card or certificate the job
# needs is a hard skill ("a full 18th Edition ticket", "holds a CSCS card").
TOPICS["technical_skills"] += [
    r"(?:[\w-]+ )?(?:test|tests|assessment|assessments|exam|exams|reasoning) (?:results?|scores?|"
    r"marks?)",
    r"(?<!-)(?:[\w-]+ )?(?:ticket|cert|certs|certificate|certification|accreditation|diploma)s?\b",
    r"(?:cscs|sia|cpcs|npors|ecs|jib|skills|safety|construction|trade|forklift|plant) cards?",
]
WEAK["technical_skills"] += [
    r"(?:score|scores|result|results|marks?) (?:was |were )?(?:\w+ ){0,4}?(?:below|under|short of|"
    r"did not meet|didn't meet|did not reach|didn't reach|failed to (?:meet|reach)|fell short of) "
    r"(?:the |our |your |their )?(?:threshold|benchmark|pass mark|cut-?off|required|minimum|level)",
]

# The size or calibre of the field: "an exceptionally strong pool of candidates", "shortlisting
# was very competitive", "the calibre of applicants".
EXTERNAL["competition"] += [
    r"(?:strong|competitive|talented|high-calibre|high calibre|impressive|exceptional|deep|"
    r"large|excellent|outstanding) (?:pool|field|shortlist|cohort|group|list) of (?:candidates|"
    r"applicants|applications|finalists)",
    r"(?:strong|competitive|talented|impressive|exceptional|deep|excellent|outstanding) "
    r"(?:candidate |applicant )?pool",
    r"(?:shortlisting|selection|the selection|the process|recruitment|the field|this round) "
    r"(?:was|has been|were) (?:very |extremely |highly |incredibly |exceptionally |really |so )?"
    r"competitive",
    r"calibre of (?:the )?(?:other )?(?:candidates|applicants|applications|the field|"
    r"the shortlist)",
]

# A brief or a job description not read: "which suggested the brief hadn't been read closely",
# "I'd misread the brief".
WEAK["preparation"] += [
    r"(?:the |a |your |my )?brief (?:hadn't|had not|wasn't|was not|had never|had barely) been "
    r"(?:read|understood|followed|studied|looked at)",
    r"(?:misread|misunderstood|misinterpreted|ignored|skimmed|didn't read|did not read|hadn't read|"
    r"had not read|never read) (?:the |your |my |their )?(?:job description|job spec|"
    r"person spec\w*|role profile|task instructions|instructions)",
    r"(?:didn't|did not|never|not|couldn't|could not|without) (?:once )?ask(?:ed|ing)? "
    r"(?:them |us |the panel |the interviewers? |her |him |anything |a thing )?"
    r"(?:a single|one|any) (?:question|questions)",
]

# What the candidate knew about the employer's world: "I didn't know anything about their
# customers", "what I knew about their competitors in the Nordic market".
TOPICS["domain_knowledge"] += [
    r"(?:know|knew|knowing|known|learn(?:ed|t)?|read up) (?:anything |much |little |nothing |"
    r"a lot |enough |very little |the first thing )?(?:about|on) (?:their|our|the|its) "
    r"(?:[\w-]+ ){0,2}(?:customers|clients|markets?|competitors|competition|sector|industry|"
    r"users|members|patients|audiences?|regulators?|region)",
    r"(?:familiarity|acquaintance|unfamiliar\w*) with (?:our |the |their )?(?:[\w-]+ ){0,3}"
    r"(?:products|services|solutions|portfolio|product range|offering|regulations?|compliance)",
]

# Leading a kind of work, not only a team: "lead the change programme independently",
# "running the project end to end".
TOPICS["leadership"] += [
    r"(?:lead|leading|led|run|running|ran) (?:the |our |"
    r"their |client |team |stakeholder |planning |strategy |design |board |partner )?"
    r"(?:programmes?|initiatives|change programmes?|projects?|"
    r"transformations?|rollouts?)(?: (?:independently|on (?:your|my|their) own|end to end|"
    r"yourself|myself))?",
]

# Enthusiasm for an activity is the enthusiasm, not the activity: "your enthusiasm for
# teaching shone through" is motivation, not teaching.
TOPICS["motivation"] += [
    r"(?:enthusiasm|passion|love|zeal|appetite|hunger) for (?:the |this |our )?[\w-]+",
]

# The role closed or not filled: "the vacancy with us is now closed", "not to fill the Content
# Strategist vacancy", "recruiting through a different route".
EXTERNAL["position_change"] += [
    r"(?:vacancy|role|position|post|requisition|job) (?:with us |with them )?(?:is (?:now )?|has "
    r"(?:now )?been |was )closed",
    r"not (?:to )?(?:fill|recruit (?:to|for)|proceed with) (?:this|the) (?:[\w-]+ ){1,3}"
    r"(?:position|role|post|vacancy)",
    r"recruit(?:ing)? for (?:this|the) (?:[\w-]+ )?(?:position|role|post) through (?:a |an )?"
    r"(?:different|other|another|internal) (?:route|channel|agency|process)",
]

# Not wanting the job, and ambitions the role would not serve: "came across as not really
# wanting it", "would not be the right fit for your ambitions".
WEAK["motivation"] += [
    r"(?:not|never|didn't|did not|don't|doesn't) (?:really |truly |particularly |actually |"
    r"seem(?:ing)? to )?(?:wanting|"
    r"want|wanted) (?:it|the (?:job|role|position|post)|this (?:job|role|position))\b",
    r"(?:not|n't|wouldn't|would not|won't|doesn't|does not|didn't|did not) (?:\w+ ){0,4}?(?:fit|"
    r"match|suit|align with|meet|satisfy|serve) (?:for |with )?(?:your|my|his|her|their) "
    r"(?:long-term |longer-term |career |own |future )?(?:ambitions|aspirations|goals|plans|"
    r"interests)",
]

# A move that is not yet made: "your planned move to Edinburgh would not happen until next
# spring", "can't start until March".
EXTERNAL["logistics"] += [
    r"(?:your|my|the|his|her) (?:planned|proposed|intended|upcoming|future) (?:move|relocation)",
    r"(?:not|n't|wouldn't|won't|couldn't|can't) (?:be able to )?(?:start|join|happen|move|"
    r"relocate|be available) (?:\w+ )?until",
]

# Saying which way of working one prefers is a statement of work style: "you prefer clear
# processes and close supervision", "I prefer to work alone with headphones on".
WEAK["culture_fit"] += [
    r"(?:you|i|she|he|they) (?:\w+ ){0,3}?(?:prefer|preferred|prefers) (?:to work |working |a )?"
    r"(?:[\w-]+ ){0,3}?(?:alone|independently|autonomously|on (?:my|your|their|his|her) own|"
    r"structure|structured|processes|supervision|direction|autonomy|autonomous|hierarch\w*|routine|"
    r"minimal (?:oversight|reporting|supervision)|close (?:oversight|supervision))\b",
]

# What the job involves, understood or not: "a clear understanding of what the role of a
# Family Support Worker involves day to day".
TOPICS["preparation"] += [
    r"(?:understanding|idea|sense|grasp|picture|knowledge|awareness) of what (?:the |this |a )?"
    r"(?:role|job|position|post)(?: of (?:a |an )?(?:[\w-]+ ){0,3}?[\w-]+)? (?:\w+ )?"
    r"(?:involves|entails|would involve|would entail|requires|is about|looks like|would look like)",
]

# Experience of working in a kind of place is experience, not a view on the place: "enough
# experience of working in a unionised manufacturing environment".
TOPICS["experience_level"] += [
    r"experience (?:of |in )?(?:working )?in (?:a |an |the )?(?:[\w-]+ ){0,3}(?:environments?|"
    r"settings?|organi[sz]ations?|companies|company|businesses|business)",
]

# A non-technical audience of any kind: "in terms a non-technical product owner would follow".
TOPICS["communication"] += [
    r"non-(?:technical|specialist|expert) (?:[\w-]+ )?(?:people|colleagues|stakeholders|audiences?|"
    r"owners?|managers?|clients?|customers?|users?|teams?|staff|readers|listeners|executives|"
    r"directors|board)",
    r"in (?:plain |simple |everyday |layman's |lay )?terms (?:that )?(?:a|an|the|our|their) "
    r"(?:[\w-]+ ){0,2}(?:would|could|can|might) (?:follow|understand|grasp)",
]

# Ownership of a kind of result: "taking ownership of outcomes" is leadership, not the
# outcomes a behavioural answer should name.
TOPICS["leadership"] += [
    r"(?:ownership|owning|owned|own) (?:of )?(?:the |your |my |their )?(?:[\w-]+ )?(?:outcomes?|"
    r"results|delivery|decisions?)",
]

# A search paused or suspended, a temporary holder kept on: "we've decided to pause this
# search", "the role has been suspended pending a review", "they've given it to the temp
# who's been covering it".
EXTERNAL["position_change"] += [
    r"(?:pause|pausing|paused|suspend|suspending|suspended|halt|halting|halted) (?:this|the|our|"
    r"their) (?:search|recruitment|hiring|process|vacancy|role|campaign)",
    r"(?:role|position|post|vacancy|recruitment|search|process) (?:has been|was|is being|have "
    r"been|had been) (?:suspended|paused|halted|pulled)",
    r"no longer in a position to (?:recruit|hire|fill|appoint|take on)",
    r"(?:the |a |their |our )?(?:temp|temporary|interim|locum|acting|contractor|agency worker|"
    r"secondee)(?: \w+)? who(?:'s| has| had| was)? (?:been )?(?:covering|doing|filling|acting)",
    r"(?:a |one of our |an existing )?(?:colleague|member of staff|staff member|team member) who "
    r"(?:has|had|'s) been (?:acting up|covering|filling in|doing the (?:job|role))",
]

# Goals said in other words, and why one applied: "your long-term goals did not align",
# "unable to articulate why you had applied".
TOPICS["motivation"] += [
    r"(?:long-term|longer-term|future|career|professional) (?:goals|plans|ambitions|aspirations)",
    r"why (?:you|i|she|he|they)(?:'d| had| have|'ve)? (?:applied|wanted|chose|chosen|were "
    r"applying|are applying)",
]

# Skill words: technical detail; credentials by chartered status.
TOPICS["technical_skills"] += [
    r"technical (?:detail|depth|grounding|rigour|rigor|know-how|substance|accuracy)",
    r"chartered (?:status|membership)",
]

# Regulation is the sector's: "KYC regulation", "health and safety regulation".
TOPICS["domain_knowledge"] += [
    r"(?<!\bemotional )(?<!\bself-)(?:[\w-]+ )?(?:regulations?|regulatory (?:framework|"
    r"requirements|regime|landscape|environment))\b",
    r"(?:kyc|aml|anti-money laundering) (?:rules|obligations|requirements|regulation|checks)",
]

# Time in the trade, short: "you've only been in the industry eighteen months"; not yet having
# worked in a kind of place or pattern: "not yet worked in a listed company", "not previously
# worked night shifts on your own"; a rival who had done the same job.
WEAK["experience_level"] += [
    r"(?:only|just) (?:been|worked) in (?:the|this|that) (?:industry|sector|field|trade|profession|"
    r"business)",
    r"(?:have|has|had|'ve)(?:n't| not| never) (?:yet |previously |before |ever |actually )?worked "
    r"(?:in|at|for|with|on) (?:a |an )?(?:listed|large|larger|global|multinational|plc|public|"
    r"publicly listed|corporate|enterprise|similar|comparable|big|fast-growing|matrix|complex|"
    r"unionised|regulated|senior|management)(?: [\w-]+)? (?:company|firm|organi[sz]ation|business|"
    r"setting|environment|capacity|grade|level|scale)\b",
    r"(?:have|has|had|'ve)(?:n't| not| never) (?:yet |previously |before |ever |actually )?worked "
    r"(?:[\w-]+ )?shifts",
    r"(?:done|doing|held|holding) (?:the |this |a |that )?(?:exact |very |identical )?same "
    r"(?:role|job|position|post)",
]

# Too quiet or too loud for a place is a mismatch with it; not the right match for its pace.
WEAK["culture_fit"] += [
    r"too (?:quiet|loud|formal|informal|corporate|laid-back|reserved|serious|intense|"
    r"buttoned-up|casual|traditional) for (?:the|our|their|this|a) (?:[\w-]+ )?(?:team|culture|"
    r"office|environment|firm|company|floor|place|setting|group)",
    r"not (?:the |a )?(?:right|good|natural) (?:fit|match) for (?:the |our |their |this |an? )?"
    r"(?:[\w-]+ ){0,3}?(?:pace|culture|environment|ways? (?:we|of) work\w*|style|ambiguity|values|"
    r"setting|kind of (?:company|place|team))",
]

# Not answering what was asked, and not letting anyone in: "it was hard to get a word in",
# "answers ran on", "didn't always address what was asked".
WEAK["communication"] += [
    r"(?:hard|difficult|impossible|couldn't|could not|struggled) to get a word in",
    r"answers (?:ran|went|dragged) on",
    r"(?:didn't|did not|failed to|doesn't|does not|never) (?:always |really |quite |actually )?"
    r"(?:address|answer) (?:what (?:was|we|they|i|you) (?:asked|were asking|had asked)|the "
    r"questions? (?:asked|posed|put))",
]
TOPICS["communication"] += [
    r"(?:phone|telephone) manner",
    r"(?:clearly |well |articulately )?expressed",
]

# Separating one's own part from the team's: "I couldn't really separate my bit out".
WEAK["behavioral_examples"] += [
    r"(?:couldn't|could not|can't|cannot|unable to|struggled to|hard to) (?:really )?(?:separate|"
    r"distinguish|pick out|tease out|isolate|single out) (?:out )?(?:my|your|his|her|their) "
    r"(?:own )?(?:bit|part|role|contributions?|piece)",
    r"kept saying ['\"]?we(?: did|['\"])",
]

# Motivating or keeping a team in line is leading it.
TOPICS["leadership"] += [
    r"motivat(?:e|ing) (?:and \w+ )?(?:a|the|your|my|their|his|her) (?:\w+ )?(?:team|staff|"
    r"people|crew|brigade|workforce)",
    r"(?:keep|kept|keeping) (?:a|the|your|my|their) (?:[\w-]+ ){0,4}in line",
    r"(?:a|the) (?:brigade|crew|squad|department|workforce) of",
]

# Homework done, said plainly; a claim of expertise is not praise of it.
STRONG["preparation"] += [
    r"(?<!n't )(?<!\bnot )(?<!\bnever )(?<!\bshould )(?<!\bcould )(?<!\bmust )(?<!\bwould )"
    r"(?<!\bshould have )(?<!\bshould've )(?<!\bcould have )(?<!\bwould have )"
    r"(?:had |have |'d )?done (?:your|my|their|his|her) homework",
]

# Breadth of a record, and standards a trade works to: "the breadth of responsibility this post
# needs", "rusty on the accounting standards".
TOPICS["experience_level"] += [
    r"(?:breadth|scope|level|scale) of (?:responsibility|responsibilities|remit)",
]
TOPICS["technical_skills"] += [
    r"(?:accounting|reporting|coding|clinical|professional|technical|engineering|building|safety|"
    r"audit|auditing|documentation|quality) standards",
]
# Typos in the documents; quiet said with a hedge.
WEAK["application_materials"] += [
    r"(?:typos?|typographical errors|spelling (?:mistakes|errors)|grammatical (?:mistakes|errors)|"
    r"grammar mistakes|formatting (?:errors|issues|problems)) in (?:your|my|the|his|her) "
    r"(?:cv|resume|résumé|cover letter|covering letter|application|personal statement|letter|"
    r"portfolio)",
]
WEAK["confidence"] += [
    r"(?:you|i|she|he) (?:were|was|are|seemed|came across as|came across|felt|looked|appeared|"
    r"went|stayed|kept) (?:a (?:little|bit|touch|tad)|rather|quite|too|somewhat|overly|very|"
    r"fairly) quiet\b",
]

# Still some way off the level: "a year or two away from this level".
WEAK["experience_level"] += [
    r"(?:a|one|two|a few|a couple of|couple of|some) (?:years?|year or two|more years|months) "
    r"(?:away )?(?:away from|off|short of) (?:this|that|the|being ready for|the right) (?:level|"
    r"stage|point|role|step|seniority)",
]
# Answers without focus, buried in jargon, running long; questions not answered.
WEAK["communication"] += [
    r"(?:answers?|responses?|explanations?) (?:\w+ )?(?:lacked|were lacking|was lacking|needed "
    r"more|could have had more) (?:focus|clarity|direction|concision|brevity)",
    r"(?:used|using|uses|use) (?:a lot of|too much|lots of|so much|heavy|a fair bit of|excessive) "
    r"(?:jargon|acronyms|technical language|buzzwords)",
    r"(?:didn't|did not|failed to|doesn't|does not|never) (?:always |really |quite |actually )?"
    r"(?:address|answer) the questions? (?:that|which) (?:were|was) (?:asked|posed|put)",
    r"(?:answers?|you|i|presentation|it|responses?) ran (?:a bit |a little |rather |far |way |"
    r"well |slightly |too )?(?:long|over(?: time)?)\b",
]
# How a story ended, which the answer should say.
TOPICS["behavioral_examples"] += [
    r"how (?:things|it|that|the project|the situation|the story|it all) (?:turned out|ended|ended "
    r"up|panned out|played out)",
]
# Vision at the top and clashes in the room.
TOPICS["leadership"] += [
    r"strategic (?:vision|leadership|direction)",
]
WEAK["collaboration"] += [
    r"(?:clash|clashed|clashing|clashes|butted heads|butting heads|locked horns|at loggerheads) "
    r"with (?:the |your |my |one of the |some of the |other )?(?:interviewers?|panel|panellists?|"
    r"assessors?|colleagues?|teammates?|team-?mates|other candidates|candidates|peers)\b",
]
# What the candidate knew about the job itself is preparation.
TOPICS["preparation"] += [
    r"(?:know|knew|knowing|known) (?:anything |much |little |nothing |a lot |enough |very little )?"
    r"about (?:the|this) (?:role|job|position|post|vacancy)\b",
]
# Leaving at the first better offer; finding the place too rigid; preferring another setting.
WEAK["motivation"] += [
    r"(?:leave|move on|jump ship|go|be off) (?:as soon as|the moment|once|when|whenever) "
    r"(?:something|anything|a better|another|an(?:other)? opportunity|the next)",
]
WEAK["culture_fit"] += [
    r"find (?:our|the|their|this) (?:[\w-]+ ){0,2}(?:too |a bit |rather |quite )?(?:rigid|"
    r"bureaucratic|hierarchical|slow|chaotic|unstructured|frantic|political|traditional|corporate|"
    r"formal|informal|relaxed|laid-back|constraining|restrictive|stifling|structured)\b",
    r"(?:you|i|she|he|they) (?:\w+ ){0,3}?(?:prefer|preferred|prefers) (?:a |an |the )?(?:more |"
    r"less |much more )?(?:[\w-]+ )?(?:setting|environment|culture|company|organi[sz]ation|"
    r"workplace|pace|style of work|way of working)",
]
# A gap in the record the CV leaves unexplained.
TOPICS["application_materials"] += [
    r"(?:the |a |an )?(?:employment |career )?gaps? (?:in|on) (?:your|my|the) (?:employment|cv|"
    r"career|work history|history|record|résumé|resume)",
]
# Doubting oneself.
WEAK["confidence"] += [
    r"doubt(?:ed|ing|s)? (?:yourself|myself|himself|herself|your own|my own)",
    r"self-doubt",
]

# An occasion the candidate could not describe: "you could not describe a time when you had
# managed a difficult tenant".
WEAK["behavioral_examples"] += [
    r"(?:couldn't|could not|can't|cannot|unable to|struggled to|failed to|didn't|did not|never) "
    r"(?:really |quite |actually )?(?:describe|give|think of|recall|come up with|name|offer|"
    r"provide|point to|talk about|tell us about) (?:a|one|any|an) (?:specific |concrete |real |"
    r"single |clear |particular )?(?:time|occasion|instance|situation|example|case) (?:when|where|"
    r"in which|that)",
]
# Knowing one's stuff; management skills that are a craft rather than leading people.
TOPICS["technical_skills"] += [
    r"know (?:your|their|his|her|my) (?:stuff|onions|craft|trade|subject)",
    r"know what (?:you're|you are|they're|she's|he's|i'm) talking about",
    r"(?:project|programme|risk|contract|vendor|supplier|budget|data|case|product|time) "
    r"management skills",
]
# The document itself let the candidate down: "I think my CV let me down", "it read like a job
# description".
WEAK["application_materials"] += [
    r"(?:cv|resume|résumé|cover letter|covering letter|application|portfolio|linkedin(?: profile)?)"
    r" (?:really |probably |definitely |may have |might have )?(?:let (?:me|you|him|her|them) down|"
    r"didn't do (?:me|you|him|her) justice|did not do (?:me|you|him|her) justice|undersold (?:me|"
    r"you|him|her))",
    r"read (?:like|as) (?:a|an) (?:job description|list of (?:duties|tasks|responsibilities))",
]

# Plain verdicts from notes and recruiters: "not that into it", "bottled it", "lost marks on the
# behavioural side", "might be a culture shock", "once you have your chartership".
WEAK["motivation"] += [
    r"(?:wasn't|weren't|not|isn't|aren't) (?:that |really |very |all that |particularly |too )?"
    r"into (?:it|the role|the job|the work|this role|the position)\b",
]
WEAK["confidence"] += [
    r"bottled (?:it|the|my)\b",
]
WEAK["culture_fit"] += [
    r"(?:might|may|could|would|will) (?:be|prove) (?:a (?:bit of a |real |big |huge )?)?"
    r"(?:culture )?shock",
    r"culture shock",
]
TOPICS["behavioral_examples"] += [
    r"behaviou?ral (?:side|part|questions|section|bit|element|competencies)",
]
TOPICS["technical_skills"] += [
    r"chartership",
]
TOPICS["experience_level"] += [
    r"\d+\+ years",
]
EXTERNAL["logistics"] += [
    r"(?:four|three|4|3|compressed|nine)[- ]day (?:weeks?|fortnights?)",
    r"compressed hours",
]
# Someone needed from a date: "we need someone from next week".
EXTERNAL["logistics"] += [
    r"(?:someone|somebody|a person|a candidate|in post|to start|starting) (?:from|by|within) "
    r"(?:next week|next month|monday|the start of|two weeks|a fortnight|the new year)",
]

# Answering another question; taking more of a lead.
WEAK["communication"] += [
    r"answer(?:ed|ing|s)? (?:a |the )?(?:different|wrong|another) question",
]
TOPICS["leadership"] += [
    r"(?:take|took|taking) (?:more of |more )?(?:a |the )?lead\b",
]

# Track record as an idiom; working best alone; not saying no.
WEAK["experience_level"] += [
    r"(?:more |enough |many |a few more )?runs on the board",
]
WEAK["culture_fit"] += [
    r"(?:work|working|works) best (?:alone|on (?:my|your|their|his|her) own|independently|solo|by "
    r"(?:myself|yourself|himself|herself))",
]
WEAK["confidence"] += [
    r"(?:struggle|struggled|struggling|find it hard|found it hard|finds it hard|unable|reluctant) "
    r"to (?:say no|push back|stand (?:your|my|his|her|their) ground|hold (?:your|my|his|her|their) "
    r"ground)",
]
# No numbers to show for it: "there wasn't a single number to show what came of it".
WEAK["behavioral_examples"] += [
    r"(?:not|no|without|never|wasn't|weren't|isn't|aren't) (?:a single |one |any |even one )?"
    r"(?:numbers?|figures?|metrics?|data points?) to (?:show|back|support|prove|evidence|quantify)",
    r"(?:not|wasn't|weren't|isn't|was not|were not|is not) (?:a single|one) (?:number|figure|"
    r"metric|statistic)\b",
]

# rules-1.5, fresh wording for the harder themes.
# Answers that did not hang together, and a point that could not be found.
WEAK["communication"] += [
    r"(?:answers|responses|explanations?|replies) (?:\w+ ){0,3}?(?:disjointed|confusing|muddled|"
    r"garbled|convoluted|unclear|rambling|meandering|waffly|scattered|jumbled|all over the place)",
    r"(?:difficult|hard|tricky|not easy) to (?:understand|follow|see|grasp|work out|pin down) "
    r"(?:the point|what (?:you|he|she) (?:meant|were saying|was saying|were getting at|was getting "
    r"at)|your point|your argument)",
    r"(?:spoke|speak|speaking|talked|talking|talk|talks) over (?:the )?(?:interviewers?|assessors?|"
    r"panel(?:lists?)?|hiring manager|me|him|her|them|us)\b",
]
WEAK["confidence"] += [
    r"(?:you|i|she|he) (?:were|was|are|seemed|came across as|came across|sounded|appeared) "
    r"(?:overly |very |too |quite |a bit |rather |somewhat )?apologetic",
    r"apologetic about (?:your|my|his|her)",
]
# Working with others: how one describes a manager, compromise, bringing the quiet in.
TOPICS["collaboration"] += [
    r"working with (?:your|my|the|his|her) (?:current |previous |old |former |last )?(?:manager|"
    r"boss|line manager|colleagues|team|peers|director)",
    r"(?:involve|involving|involved|include|including|included|bring in|brought in|bringing in) "
    r"(?:the )?(?:quieter|other|others|everyone|the rest|colleagues|team members|members of the "
    r"group)\b",
]
WEAK["collaboration"] += [
    r"(?:unwilling|reluctant|refused|refusing|not willing|wouldn't|would not) to (?:compromise|"
    r"budge|give ground|meet (?:them|others|people|us) halfway|consider other)",
]
# Thinking a plan through; a judgement that was off.
TOPICS["problem_solving"] += [
    r"(?:thought|think|thinking) (?:\w+ )?through (?:the )?(?:risks|implications|consequences|"
    r"detail|details|options|plan|approach|problem|trade-offs)",
]
# Questions the employer had already answered.
WEAK["preparation"] += [
    r"(?:questions?|things) (?:that|which) (?:were|was|are|is) (?:already )?(?:answered|covered|"
    r"explained|set out) (?:on|in) (?:our|the|their) (?:website|job description|pack|advert|"
    r"careers page|job spec|information)",
]
# Wanting any change rather than this job.
WEAK["motivation"] += [
    r"(?:looking for|wanted|want|after|needed|need) (?:a |any )?(?:change of scene(?:ry)?|way out|"
    r"fresh start|any job|a job, any job|a change, any change)",
]
# Suited to another kind of place; different values.
WEAK["culture_fit"] += [
    r"(?:more|better) suited to (?:a |an )?(?:[\w-]+ ){0,2}(?:corporate|start-?up|agency|company|"
    r"organi[sz]ation|environment|setting|business|firm|team|charity|consultancy|practice) than",
    r"(?:different|differing) values (?:to|from|than) (?:ours|our own|us|the company's|theirs|"
    r"the firm's)",
]
# Only ever an individual contributor; responsibility for people not yet held.
WEAK["leadership"] += [
    r"(?:as|been|remained|stayed|was|were|are|mostly|always|only) an? individual contributor\b",
]
TOPICS["leadership"] += [
    r"responsibility for (?:a|the|your|my) (?:\w+ )?(?:team|people|staff|department|crew|unit)",
]
# Examples from long ago, and the situation told without the action.
WEAK["behavioral_examples"] += [
    r"(?:examples|stories|answers) (?:were|was|are) (?:all |mostly |quite |rather |a bit )?(?:from "
    r"(?:a long time|many years|several years|years|a decade) ago|out of date)",
    r"(?:but not|and not|never) (?:on )?what (?:you|i|he|she) (?:personally "
    r"|actually )?(?:did|had done|do)\b",
]

# A recommendation never made: "you hedged between three options and never committed to one".
WEAK["problem_solving"] += [
    r"(?:never|didn't|did not|failed to|without|couldn't|could not|wouldn't|would not) "
    r"(?:really |actually )?commit(?:ted|ting)? to (?:one|an? (?:option|answer|recommendation|"
    r"position|decision|view|approach|course of action))\b",
    r"hedged (?:between|across) (?:two|three|several|the|all|multiple)",
]
# Answers in a field's own words: "your clinical answers were bang on".
TOPICS["technical_skills"] += [
    r"(?:clinical|accounting|legal|coding|engineering|scientific|medical|pharmacology|tax|"
    r"financial|statistical|nursing|teaching) (?:answers|questions|knowledge)",
]
# All theory and no practice.
WEAK["behavioral_examples"] += [
    r"all theory(?: and no (?:practice|experience|examples))?",
]

# On the back foot; questions that threw the candidate.
WEAK["confidence"] += [
    r"on the back foot",
    r"(?:questions?|follow-ups?|challenges?) (?:\w+ )?threw (?:me|you|him|her)\b",
    r"threw (?:me|you|him|her) (?:off|completely)",
]
# Why this firm: "your answers about why law, and why this firm".
TOPICS["motivation"] += [
    r"why (?:this|our) (?:firm|company|organi[sz]ation|school|practice|charity|role|sector|team|"
    r"trust|hospital|agency|brand)\b",
]
# A role folded into another team.
EXTERNAL["position_change"] += [
    r"(?:role|position|post|job|vacancy) (?:has (?:since |now )?been|was|will be|is being) "
    r"(?:absorbed|merged|folded|rolled|subsumed) into",
    r"(?:will|would) not be recruited (?:separately|to|for)",
]
# Warning signs missed in a task.
WEAK["problem_solving"] += [
    r"missed (?:two|three|several|the|some|a few|key|obvious|important|the main|a couple of) "
    r"(?:\w+ )?(?:red flags|warning signs|issues|risks|errors|problems|clues|points|details)",
]
# A kind of setting not yet worked in; great in a few years.
WEAK["experience_level"] += [
    r"(?:have|has|had)(?:n't| not| never) (?:yet |previously |before |ever )?worked in (?:a |an )?"
    r"(?:[\w-]+ ){1,3}(?:setting|environment)s?\b",
    r"(?:ready|great|perfect|ideal|strong|a fit|right) (?:for (?:this|the role|us|it) )?in (?:a|"
    r"one|two|three|four|five|a few|a couple of)(?: or (?:two|three|four|five))? (?:more )?years?"
    r"(?:'|'s)?(?: time)?",
]
# rules-1.6: edge cases take their polarity from the clause ("missed the edge cases", "a
# thoughtful approach to edge cases").
TOPICS["problem_solving"] += [
    r"edge cases?",
]
# rules-1.6: a comparison that leaves the candidate with less experience.
WEAK["experience_level"] += [
    r"(?:a (?:bit|little|touch|tad) |slightly |just |somewhat |rather |much |far )?less "
    r"(?:experienced|senior|seasoned) than",
    r"less (?:[\w-]+ )?experience than",
    r"(?:a|an) (?:much |far |slightly |rather |somewhat )?more (?:experienced|senior|seasoned) "
    r"(?:[\w-]+ )?(?:candidate|applicant|person|hire|professional|practitioner|colleague)",
]
# rules-1.6: exercises named by what they asked for ("the pricing exercise", "the design
# problem").
TOPICS["problem_solving"] += [
    r"(?:the )?(?:pricing|costing|modelling|modeling|forecasting|planning|scheduling|design|"
    r"analysis|analytical|strategy|estimation|sizing|optimi[sz]ation|valuation|"
    r"rota|triage) (?:exercise|task|problem|challenge|puzzle)s?",
]
# rules-1.6: rivals chosen by what set them apart ("we have decided to proceed with candidates
# whose profiles better align").
EXTERNAL["competition"] += [
    r"(?:proceed|progress|move forward|go forward|continue|pursue|pursuing|proceeding|"
    r"progressing|moving forward) with (?:other |those |the )?(?:candidates|applicants|people|"
    r"individuals) (?:whose|who|with)\b",
]
# rules-1.6: praise in the words of many trades.
STRONG["culture_fit"] += [
    r"(?<!n't )(?<!\bnot )(?<!\bnever )share[sd]? (?:all )?(?:of )?(?:our|the (?:team|firm|company|"
    r"school|practice|organi[sz]ation|charity)'s) values",
    r"(?:your|his|her|their) values (?:match|mirror|align with|chime with) ours",
]
STRONG["collaboration"] += [
    r"(?<!n't )(?<!\bnot )(?<!\bnever )(?<!\bless )(?<!\bso )(?<!always )(?<!ularly )(?<!exactly )"
    r"(?<!\bthat )(?<!\bvery )(?:very |really |so )?easy to work "
    r"(?:with|alongside)",
]
TOPICS["communication"] += [
    r"presenter",
]
TOPICS["problem_solving"] += [
    r"problem[- ]solver",
    r"think(?:s|ing)? (?:\w+ )?on (?:your|his|her|their|my) feet",
]
TOPICS["technical_skills"] += [
    r"(?:accounts|accounting|tax|payroll|bookkeeping|book-keeping) knowledge",
]
STRONG["collaboration"] += [
    r"how easy (?:you|she|he|they) (?:were|was|are|is) to work (?:with|alongside)",
]
