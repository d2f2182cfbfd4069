"""Event facts. Every event is fictional; people are invented; places are real.

Each event: label (unique per real-world event), kind (angle list in
templates_en), section, when (UTC, minute precision), topic (running topic or
None), facts, quotes [(who, role, text-without-final-period)], colors (one
detail sentence per paper, rotated), bg (background paragraphs, rotated),
sources (English papers, each gets a different angle), live (allow a
"Live updates" angle). Chinese/Japanese/Korean coverage is attached from
cjk.py by label.
"""

import cjk

HH, IL, MC, MD, PC, SEP, MT, LS = ("harbour-herald", "indus-ledger", "malabar-courier",
                                   "manila-dispatch", "padma-chronicle", "straits-evening-post",
                                   "mekong-tribune", "lanka-sentinel")

EVENTS = []


def E(label, kind, section, when, facts, quotes, colors, sources, topic=None, bg=None, live=False):
    EVENTS.append(dict(label=label, kind=kind, section=section, when=when, facts=facts,
                       quotes=quotes, colors=colors, sources=sources, topic=topic, bg=bg or [],
                       live=live))


# ---------------------------------------------------------------- diplomacy
KALESH_BG = [
    "The conflict in the Kalesh highlands dates back to the 1990s and has displaced tens of thousands of people from hill villages.",
    "Previous rounds of negotiation between the regional government and the Upland People's Council broke down over land titles and the future of armed units.",
    "Aid groups estimate that more than 40,000 people still live in camps around the highland towns.",
]
TALKS_KALESH = dict(side_a="the Kalesh regional government", side_a_short="Kalesh",
                    side_b="the Upland People's Council", side_b_short="UPC")

E("ev-kalesh-talks-2019", "talks", "diplomacy", "2019-05-14T09:00",
  dict(TALKS_KALESH, venue="Kuala Lumpur", city="Kuala Lumpur", mediator="a Norwegian facilitation team",
       mediator_short="Norway", round_desc="a first round of formal talks",
       outcome="a 60-day truce and the exchange of 35 detainees", outcome_short="60-day truce",
       issues="land titles, the release of detainees and humanitarian access to hill villages",
       next_step="A second round is planned for July, but no venue has been set."),
  [("Ardan Veloso", "chief negotiator for the regional government", "We did not solve everything, but for the first time we agreed on something that people in the hills will feel"),
   ("Mira Tauhid", "spokeswoman for the Upland People's Council", "A truce on paper is not a truce on the ground. We will watch every checkpoint"),
   ("Halvard Nes", "the lead facilitator", "Both delegations stayed at the table when it would have been easier to leave")],
  ["The detainee exchange is to take place at a school in the town of Batu Lintang under Red Cross supervision.",
   "Delegates from the council arrived in Kuala Lumpur wearing traditional woven scarves, a gesture organisers described as symbolic.",
   "The talks ran nearly twelve hours past their scheduled close."],
  [HH, MC, MT, SEP], topic="kalesh-peace-process", bg=KALESH_BG)

E("ev-kalesh-talks-2023", "talks", "diplomacy", "2023-02-21T10:30",
  dict(TALKS_KALESH, venue="Jakarta", city="Jakarta", mediator="an Indonesian-Norwegian mediation panel",
       mediator_short="Panel", round_desc="the resumed talks, the first since 2020",
       outcome="a framework for returning 12,000 displaced families to their villages",
       outcome_short="return framework",
       issues="resettlement, compensation for lost harvests and a joint monitoring body",
       next_step="Technical committees are to meet monthly; the full delegations will return to Jakarta in June."),
  [("Rosa Imbang", "the regional government's new chief negotiator", "Families have waited three years for a date. Today they have a plan"),
   ("Mira Tauhid", "spokeswoman for the Upland People's Council", "We signed because of the families, not because we trust the other side"),
   ("Budi Santika", "a member of the mediation panel", "The framework has dates and budgets attached. That is what makes it different")],
  ["The framework sets aside 8 per cent of the regional budget for resettlement in its first year.",
   "Observers noted that the two chief negotiators shook hands in public for the first time.",
   "Monitoring teams will include clergy and women's groups from the highlands."],
  [PC, MT, HH], topic="kalesh-peace-process", bg=KALESH_BG)

E("ev-kalesh-talks-2025", "talks", "diplomacy", "2025-09-03T08:00",
  dict(TALKS_KALESH, venue="Singapore", city="Singapore", mediator="Singapore-hosted mediators",
       mediator_short="Singapore", round_desc="a fourth round of talks",
       outcome="a timetable to disarm and demobilise 3,400 fighters over two years",
       outcome_short="disarmament timetable",
       issues="decommissioning weapons, amnesty and the integration of former fighters into local police",
       next_step="The sides aim to sign a comprehensive agreement before the end of the year."),
  [("Rosa Imbang", "chief negotiator for the regional government", "For the first time there is a date on which the guns go silent for good"),
   ("Tomas Ruhan", "a senior commander of the council's armed wing", "Our fighters will hand in their weapons when the amnesty law is passed, not before"),
   ("Grace Lim", "a Singaporean diplomat who chaired the sessions", "Both sides made concessions they said they would never make")],
  ["Under the timetable, weapons will be stored in containers with two locks, one key for each side.",
   "Council delegates held a prayer in the hotel garden before the final session.",
   "A draft amnesty law is already before the regional assembly."],
  [LS, HH, MD, SEP], topic="kalesh-peace-process", bg=KALESH_BG)

E("ev-kalesh-accord-2025", "talks", "diplomacy", "2025-11-28T07:00",
  dict(TALKS_KALESH, venue="Kuala Lumpur", city="Kuala Lumpur", mediator="the Malaysian and Norwegian governments",
       mediator_short="Malaysia", round_desc="a signing ceremony that closed six years of talks",
       outcome="the Kalesh Comprehensive Peace Accord", outcome_short="peace accord",
       issues="power-sharing in the regional assembly and a truth commission",
       next_step="The accord must now be ratified by the regional assembly within 90 days."),
  [("Rosa Imbang", "who led the government delegation", "This is a signature for the children who have never known a year without fighting"),
   ("Mira Tauhid", "spokeswoman for the Upland People's Council", "We came down from the hills with nothing but our demands. We go back with a seat in the assembly"),
   ("Halvard Nes", "who facilitated the first round in 2019", "Six years ago few would have bet on this day")],
  ["The accord runs to 86 pages and 14 annexes.",
   "Survivors of a 2004 massacre in the hills were seated in the front row at the ceremony.",
   "The council will hold 9 of the 45 seats in the regional assembly until the next election."],
  [MT, MC, HH, PC], topic="kalesh-peace-process", bg=KALESH_BG)

SELU_BG = [
    "The Selu River rises in the Lao highlands and feeds rice farms on both banks before joining the Mekong.",
    "Farmers downstream have complained for years that dam releases upstream are unpredictable in the dry season.",
    "A 1998 memorandum on the river lapsed without renewal, leaving no binding rules on water sharing.",
]
E("ev-selu-commission-2020", "talks", "diplomacy", "2020-06-10T06:00",
  dict(side_a="Thailand", side_a_short="Thailand", side_b="Laos", side_b_short="Laos", venue="Vientiane",
       city="Vientiane", mediator="the joint Selu River commission", mediator_short="Commission",
       round_desc="a meeting of the Selu River commission", outcome="a plan to share daily flow data from six gauging stations",
       outcome_short="flow-data sharing", issues="dry-season releases from upstream dams and silt in irrigation canals",
       next_step="A technical working group will report back in six months."),
  [("Somchai Rattanakorn", "head of the Thai delegation", "Data is the first step. Without numbers we only have accusations"),
   ("Khamla Sisouvanh", "Lao deputy minister of energy", "Our dams operate within their licences and we have nothing to hide"),
   ("Nok Phanthavong", "a farmer representative who attended as an observer", "We need water in March, not reports in December")],
  ["The six gauging stations will publish readings on a shared website updated every morning.",
   "The meeting was the first in person since the start of pandemic travel restrictions."],
  [MT, HH, SEP], topic="selu-river-treaty", bg=SELU_BG)

E("ev-selu-interim-2022", "bilateral", "diplomacy", "2022-03-17T05:00",
  dict(country_a="Thailand", country_b="Laos", min_a="Thai Foreign Minister Pravit Sukjai",
       min_b="Lao Foreign Minister Bounmy Keola", min_a_short="Pravit", min_b_short="Bounmy",
       venue="Nong Khai", city="Nong Khai", agreements="three",
       topic_main="an interim deal guaranteeing a minimum dry-season flow of 40 cubic metres per second on the Selu River",
       topic_short="Selu water sharing", trade="about $8.2 billion"),
  [("Pravit Sukjai", "Thai Foreign Minister", "Forty cubic metres a second is a floor, not a ceiling"),
   ("Bounmy Keola", "Lao Foreign Minister", "Laos has shown it is a responsible upstream neighbour"),
   ("Wanida Chaiyo", "a water researcher at Khon Kaen University", "An interim deal buys time, but a treaty is what farmers need")],
  ["The deal is valid for three years and can be extended once.",
   "The ministers sailed a short stretch of the river together after the signing."],
  [MT, SEP, HH], topic="selu-river-treaty", bg=SELU_BG)

E("ev-selu-dam-dispute-2024", "talks", "diplomacy", "2024-08-06T07:30",
  dict(side_a="Thailand", side_a_short="Thailand", side_b="Laos", side_b_short="Laos", venue="Bangkok",
       city="Bangkok", mediator="the Mekong secretariat", mediator_short="Secretariat",
       round_desc="emergency talks called after a sudden drop in river levels",
       outcome="a joint inspection of the Pak Selu dam within two weeks", outcome_short="dam inspection",
       issues="a sudden drop in the Selu River below the agreed minimum flow",
       next_step="Inspectors from both countries will visit the dam later this month."),
  [("Suda Wongsawat", "Thailand's water resources director-general", "The river fell to 22 cubic metres a second. That is half of what was promised"),
   ("Khamla Sisouvanh", "Lao deputy minister of energy", "A turbine failure caused the drop, not a decision to hold back water"),
   ("Anan Boonmee", "a village headman in Nakhon Phanom", "Our seedlings are dying while the officials meet")],
  ["Thai farmers in two provinces had blocked a border bridge for several hours the previous week.",
   "The secretariat provided satellite images of the reservoir taken every three days since June."],
  [MT, HH, LS], topic="selu-river-treaty", bg=SELU_BG)

E("ev-selu-treaty-2026", "bilateral", "diplomacy", "2026-01-15T04:00",
  dict(country_a="Thailand", country_b="Laos", min_a="Thai Prime Minister Chanida Woranut",
       min_b="Lao Prime Minister Sone Vilaysak", min_a_short="Chanida", min_b_short="Sone",
       venue="Luang Prabang", city="Luang Prabang", agreements="five",
       topic_main="the Selu River Treaty, which fixes minimum flows for every month of the year and creates a dispute panel",
       topic_short="Selu treaty", trade="about $9.6 billion"),
  [("Chanida Woranut", "Thai Prime Minister", "Our grandparents shared this river without a treaty. Our grandchildren will share it with one"),
   ("Sone Vilaysak", "Lao Prime Minister", "The treaty protects both the farmer downstream and the power plant upstream"),
   ("Wanida Chaiyo", "a water researcher who has followed the talks since 2020", "The dispute panel is the real achievement; flows can be renegotiated, trust cannot")],
  ["The treaty runs for 25 years and replaces the interim arrangement of 2022.",
   "The signing took place in a former royal guest house overlooking the Mekong."],
  [MT, HH, SEP, MC], topic="selu-river-treaty", bg=SELU_BG)

E("ev-india-srilanka-ferry-2024", "bilateral", "diplomacy", "2024-02-27T06:00",
  dict(country_a="India", country_b="Sri Lanka", min_a="Indian External Affairs Minister Devika Raman",
       min_b="Sri Lankan Foreign Minister Asela Gunaratne", min_a_short="Raman", min_b_short="Gunaratne",
       venue="Colombo", city="Colombo", agreements="four",
       topic_main="a daily passenger ferry between Rameswaram and Talaimannar, suspended for decades",
       topic_short="ferry link", trade="$5.4 billion"),
  [("Devika Raman", "Indian External Affairs Minister", "The ferry will carry pilgrims, traders and students, and it will carry goodwill"),
   ("Asela Gunaratne", "Sri Lankan Foreign Minister", "The northern province has waited a generation for this connection"),
   ("Priya Selvaraj", "a trader from Mannar", "If the fare is fair, half my street will use it")],
  ["The crossing will take about three and a half hours.",
   "A 150-seat vessel is being refitted in Kochi for the route.",
   "Officials said tickets would be sold online and at both ports."],
  [LS, MC, HH, IL])

E("ev-indonesia-vietnam-maritime-2021", "bilateral", "diplomacy", "2021-11-09T03:00",
  dict(country_a="Indonesia", country_b="Vietnam", min_a="Indonesian Foreign Minister Sari Pramudya",
       min_b="Vietnamese Foreign Minister Tran Quoc Bao", min_a_short="Sari", min_b_short="Bao",
       venue="Hanoi", city="Hanoi", agreements="two",
       topic_main="a hotline between the two coast guards to prevent clashes over fishing boats",
       topic_short="coast guard hotline", trade="$11 billion"),
  [("Sari Pramudya", "Indonesian Foreign Minister", "A phone call can prevent an incident at sea from becoming a crisis"),
   ("Tran Quoc Bao", "Vietnamese Foreign Minister", "Fishermen on both sides deserve safety, not detention"),
   ("Dewi Hartono", "a maritime law lecturer in Jakarta", "The hotline only works if someone answers at three in the morning")],
  ["More than 60 Vietnamese fishermen were detained in Indonesian waters last year.",
   "The hotline will be staffed around the clock in Natuna and Vung Tau."],
  [MT, HH, MD])

E("ev-pakistan-bangladesh-trade-2023", "bilateral", "diplomacy", "2023-10-12T07:00",
  dict(country_a="Pakistan", country_b="Bangladesh", min_a="Pakistani Commerce Minister Farah Qureshi",
       min_b="Bangladeshi Commerce Minister Anisul Karim", min_a_short="Qureshi", min_b_short="Karim",
       venue="Dhaka", city="Dhaka", agreements="three",
       topic_main="a plan to cut tariffs on cotton yarn and jute goods by half over three years",
       topic_short="tariff cuts", trade="about $870 million"),
  [("Farah Qureshi", "Pakistani Commerce Minister", "Our textile mills and your garment factories need each other"),
   ("Anisul Karim", "Bangladeshi Commerce Minister", "We want a balanced relationship, and jute must be part of it"),
   ("Tahmina Rouf", "director of a Dhaka trade research institute", "Halving tariffs could double trade within five years")],
  ["A direct cargo shipping service between Karachi and Chattogram is also under study.",
   "Business delegations of about 40 people from each country attended a dinner after the talks."],
  [PC, IL, HH])

E("ev-japan-korea-fisheries-2025", "bilateral", "diplomacy", "2025-06-18T02:00",
  dict(country_a="Japan", country_b="South Korea", min_a="Japanese Fisheries Minister Kenta Morishima",
       min_b="South Korean Oceans Minister Park Ji-hoon", min_a_short="Morishima", min_b_short="Park",
       venue="Busan", city="Busan", agreements="two",
       topic_main="a renewed fisheries agreement that sets quotas of 60,000 tonnes for each side in shared waters",
       topic_short="fishing quotas", trade="about $78 billion"),
  [("Kenta Morishima", "Japanese Fisheries Minister", "After seven years without an agreement, our fishermen finally have rules they can rely on"),
   ("Park Ji-hoon", "South Korean Oceans Minister", "The quotas are equal, and that equality was important to us"),
   ("Lee Soo-jin", "a fishing cooperative leader in Tongyeong", "Seven years of uncertainty cost us boats and crews")],
  ["Inspectors from each side will be allowed on the other's vessels for the first time.",
   "The previous agreement lapsed in 2018 amid disputes over quotas."],
  [HH, SEP])

E("ev-malaysia-singapore-border-2026", "bilateral", "diplomacy", "2026-03-09T03:00",
  dict(country_a="Malaysia", country_b="Singapore", min_a="Malaysian Home Minister Azlan Hamid",
       min_b="Singapore's Home Affairs Minister Ong Wei Ling", min_a_short="Azlan", min_b_short="Ong",
       venue="Johor Bahru", city="Johor Bahru", agreements="two",
       topic_main="a shared QR-code clearance system at the Causeway that aims to cut crossing times to under 15 minutes",
       topic_short="Causeway clearance", trade="about $90 billion"),
  [("Azlan Hamid", "Malaysian Home Minister", "Three hundred thousand people cross every day. Every minute we save is multiplied"),
   ("Ong Wei Ling", "Singapore's Home Affairs Minister", "One scan on each side, no paper forms"),
   ("Rahim Osman", "a commuter who crosses daily for work", "I leave home at 5am. If this works, I can sleep until six")],
  ["A pilot for motorcyclists begins in July.",
   "Both sides will share passport data through an encrypted link."],
  [HH, SEP, MT])

# ---------------------------------------------------------------- politics
E("ev-election-kandy-2024", "election", "politics", "2024-03-24T15:00",
  dict(place="Kandy", office="mayor", winner="Nadeesha Wijeratne", party_w="Citizens' Alliance",
       share_w="47.8", runner="Lalith Amarasena", party_r="National Progress Front", share_r="38.1",
       turnout="63", city="Kandy"),
  [("Nadeesha Wijeratne", "the mayor-elect", "Kandy voted for clean streets and honest budgets, and I intend to deliver both"),
   ("Lalith Amarasena", "the defeated candidate", "I congratulate the winner and I will hold her to her promises"),
   ("Chamari Perera", "a political scientist at Peradeniya", "This is the first time a woman has led the city council")],
  ["Queues formed outside polling stations in the old town before they opened.",
   "Counting was delayed for two hours in one ward after a power cut."],
  [LS, HH, MC])

E("ev-election-chattogram-2021", "election", "politics", "2021-01-28T14:00",
  dict(place="Chattogram", office="mayor", winner="Rezaul Haque", party_w="People's Renewal Party",
       share_w="52.4", runner="Shirin Akter", party_r="Democratic Forum", share_r="31.9",
       turnout="41", city="Chattogram"),
  [("Rezaul Haque", "the newly elected mayor", "Waterlogging will be my first, second and third priority"),
   ("Shirin Akter", "the runner-up", "Turnout of 41 per cent tells you many people did not believe their vote mattered"),
   ("Mahbub Alam", "an election observer", "Voting was largely peaceful, with isolated scuffles in two wards")],
  ["Heavy rain on the eve of the vote flooded several polling centres near the port.",
   "The election commission used electronic voting machines in all wards for the first time."],
  [PC, HH, IL])

E("ev-election-iloilo-2025", "election", "politics", "2025-05-12T13:00",
  dict(place="Iloilo City", office="mayor", winner="Carmela Doronila", party_w="Bagong Iloilo",
       share_w="55.2", runner="Roberto Ledesma", party_r="Partido Kabisig", share_r="40.3",
       turnout="78", city="Iloilo City"),
  [("Carmela Doronila", "the mayor-elect", "We will finish the river esplanade and we will finish it on budget"),
   ("Roberto Ledesma", "the outgoing vice mayor who lost the race", "The people have spoken and I accept their decision"),
   ("Jose Villanueva", "a local election commissioner", "Turnout was one of the highest we have recorded")],
  ["Supporters gathered at the plaza with drums long before the official count ended.",
   "Vote-counting machines in two precincts had to be replaced in the morning."],
  [MD, HH, SEP, MT], live=True)

E("ev-election-lahore-2020", "election", "politics", "2020-09-06T16:00",
  dict(place="Lahore", office="mayor", winner="Saima Butt",
       party_w="Awami Reform Party", share_w="44.6", runner="Kamran Aslam", party_r="Progressive League",
       share_r="41.2", turnout="36", city="Lahore"),
  [("Saima Butt", "the winning candidate", "This city was called safe for the other side. Nothing is safe any more"),
   ("Kamran Aslam", "the defeated candidate", "We will look carefully at the results from every polling station"),
   ("Hina Javed", "an analyst at a Lahore think tank", "An election on a hot September day was always going to have low turnout")],
  ["The election was held early after the previous mayor resigned in June.",
   "Temperatures reached 41C during polling hours."],
  [IL, HH, PC])

E("ev-bill-data-protection-srilanka-2022", "bill", "politics", "2022-03-10T10:00",
  dict(legislature="Sri Lankan parliament", bill_name="Personal Data Protection Bill", bill_short="Data protection bill",
       vote_for="141", vote_against="52", provision1="gives citizens the right to see and correct the data held about them",
       provision1_short="lets citizens see their data",
       provision2="creates a data protection authority with powers to fine companies up to 10 million rupees",
       country="Sri Lanka", city="Colombo"),
  [("Ranil Fonseka", "the minister for technology", "Every citizen now owns his or her own data"),
   ("Dilani Karunaratne", "an opposition MP", "The authority answers to the minister. That is not independence"),
   ("Asoka Mendis", "a digital rights lawyer", "It is a good start, but the exemptions for government agencies are too broad")],
  ["Companies will have 18 months to comply.",
   "The debate lasted two days and was broadcast live."],
  [LS, MC, HH])

E("ev-bill-plastic-ban-philippines-2024", "bill", "politics", "2024-07-30T08:00",
  dict(legislature="Philippine Senate", bill_name="Single-Use Plastics Reduction Act", bill_short="Plastics bill",
       vote_for="19", vote_against="3", provision1="bans single-use plastic bags and straws in malls and supermarkets from 2026",
       provision1_short="bans plastic bags from 2026",
       provision2="requires manufacturers to recover a share of the packaging they sell",
       country="the Philippines", city="Manila"),
  [("Senator Liza Aquino-Reyes", "the bill's sponsor", "Manila Bay cannot wait another decade"),
   ("Senator Ramon Cuenca", "who voted against", "Small sari-sari stores will pay the price for what big brands put on the market"),
   ("Tess Manalo", "an environmental campaigner", "We fought for this for eleven years")],
  ["The House of Representatives passed its version of the bill in March.",
   "Campaigners brought a two-metre sculpture made of plastic bottles to the Senate gates."],
  [MD, HH, SEP])

E("ev-bill-gig-workers-malaysia-2025", "bill", "politics", "2025-10-08T07:00",
  dict(legislature="Dewan Rakyat", bill_name="Gig Workers Bill", bill_short="Gig workers bill",
       vote_for="148", vote_against="41",
       provision1="requires delivery and ride-hailing platforms to contribute to social security for their riders",
       provision1_short="covers riders' social security",
       provision2="sets up a tribunal for disputes over deactivated accounts",
       country="Malaysia", city="Kuala Lumpur"),
  [("Human Resources Minister Shamsul Ariff", "who tabled the bill", "Riders carry our food and our parcels. The law will now carry them"),
   ("Wong Kah Mun", "an opposition lawmaker", "Platforms will pass the cost to riders through lower fares"),
   ("Faizal Rahman", "a food delivery rider", "If my account is blocked, now I have somewhere to go")],
  ["Malaysia has about 1.2 million gig workers, according to government estimates.",
   "A convoy of delivery riders circled Parliament on the morning of the vote."],
  [SEP, HH, MT])

E("ev-bill-rent-control-pakistan-2019", "bill", "politics", "2019-11-19T09:00",
  dict(legislature="Sindh Assembly", bill_name="Sindh Rented Premises Bill", bill_short="Rent bill",
       vote_for="96", vote_against="44", provision1="caps annual rent increases at 10 per cent for residential tenancies",
       provision1_short="caps rent rises at 10%",
       provision2="requires all tenancy agreements to be registered with the police within 30 days",
       country="Pakistan", city="Karachi"),
  [("Provincial Housing Minister Tariq Memon", "who moved the bill", "Tenants will no longer be at the mercy of a landlord's mood"),
   ("Nadia Shaikh", "an opposition member", "Landlords will simply stop renting, and tenants will be the losers"),
   ("Arif Baloch", "a Karachi estate agent", "The registration rule will take months to work in practice")],
  ["An estimated 40 per cent of Karachi households rent their homes.",
   "The bill was amended twice during the final reading."],
  [IL, HH])

# ---------------------------------------------------------------- business: rates
PH_BG = [
    "The central bank raised rates aggressively in 2022 and 2023 to tame inflation, then began easing in late 2024.",
    "Rice and electricity prices have been the biggest drivers of inflation in recent months.",
    "Economists say the peso's weakness against the US dollar limits the bank's room to cut.",
]
PH = dict(country_adj="Philippine", country="the Philippines", city="Manila", gov="Eduardo Salcedo",
          gov_short="Salcedo")
E("ev-ph-rate-2026-01", "rate", "business", "2026-01-22T08:00",
  dict(PH, move="hold", bp="0", rate_old="5.25", rate_new="5.25", infl="3.1", vote="six to one",
       next_date="February 19", why="saying inflation was within target", why_noun="stable prices and solid growth"),
  [("Eduardo Salcedo", "the central bank governor", "We have room to wait and see how the new year unfolds"),
   ("Angela Tiu", "chief economist at Pacific Dragon Securities", "A hold was the consensus and the statement gave no hint of a move next month"),
   ("Miguel Ocampo", "a deputy governor", "Risks to inflation are broadly balanced")],
  ["The peso was little changed after the announcement.",
   "One board member voted for a 25-basis-point cut."],
  [MD, HH, SEP], topic="philippine-monetary-policy", bg=PH_BG)

E("ev-ph-rate-2026-02", "rate", "business", "2026-02-19T08:00",
  dict(PH, move="hike", bp="25", rate_old="5.25", rate_new="5.50", infl="4.4", vote="five to two",
       next_date="March 19", why="citing a jump in food prices", why_noun="a spike in rice prices after poor harvests"),
  [("Eduardo Salcedo", "the central bank governor", "We will not let one bad harvest turn into a year of high inflation"),
   ("Angela Tiu", "chief economist at Pacific Dragon Securities", "The hike came earlier than we expected"),
   ("Miguel Ocampo", "a deputy governor", "This is a pre-emptive move, not the start of a long cycle")],
  ["Bank shares rose after the decision.",
   "Two board members preferred to wait until March."],
  [MD, HH, SEP, PC], topic="philippine-monetary-policy", bg=PH_BG)

E("ev-ph-rate-2026-03", "rate", "business", "2026-03-19T08:00",
  dict(PH, move="hike", bp="25", rate_old="5.50", rate_new="5.75", infl="4.9", vote="seven to zero",
       next_date="April 23", why="saying price pressures had broadened", why_noun="inflation spreading from food to transport and rents"),
  [("Eduardo Salcedo", "the central bank governor", "Inflation is no longer only about rice. That is why we acted again"),
   ("Rafael Dizon", "an economist at Bayfront Research", "A unanimous vote tells markets the board is serious"),
   ("Miguel Ocampo", "a deputy governor", "We are prepared to do more if needed")],
  ["It was the second increase in as many months.",
   "Jeepney operators have asked for a fare rise to cover fuel costs."],
  [MD, HH, SEP], topic="philippine-monetary-policy", bg=PH_BG)

E("ev-ph-rate-2026-04", "rate", "business", "2026-04-23T08:00",
  dict(PH, move="hold", bp="0", rate_old="5.75", rate_new="5.75", infl="4.6", vote="six to one",
       next_date="June 18", why="saying earlier increases needed time to work", why_noun="signs that inflation had peaked"),
  [("Eduardo Salcedo", "the central bank governor", "The two increases are still working their way through the economy"),
   ("Rafael Dizon", "an economist at Bayfront Research", "April looks like the top of the cycle"),
   ("Angela Tiu", "chief economist at Pacific Dragon Securities", "We now expect rates to stay at this level until the end of the year")],
  ["The peso strengthened slightly after the statement.",
   "The board cut its inflation forecast for the year to 4.2 per cent."],
  [MD, HH, SEP], topic="philippine-monetary-policy", bg=PH_BG)

E("ev-my-rate-2025-05", "rate", "business", "2025-05-08T07:00",
  dict(country_adj="Malaysian", country="Malaysia", city="Kuala Lumpur", gov="Rosnah Ismail", gov_short="Rosnah",
       move="cut", bp="25", rate_old="3.00", rate_new="2.75", infl="1.4", vote="unanimously",
       next_date="July 10", why="citing weaker export demand", why_noun="a slowdown in electronics exports"),
  [("Rosnah Ismail", "the central bank governor", "With inflation low, we can support growth without taking risks on prices"),
   ("Lim Boon Keat", "chief economist at Seri Capital", "The first cut in five years, and probably not the last"),
   ("Zainal Abidin", "president of a manufacturers' association", "Exporters have been asking for this for months")],
  ["The ringgit weakened by 0.3 per cent against the dollar after the decision.",
   "It was the first reduction since 2020."],
  [SEP, HH, MT])

E("ev-id-rate-2019-07", "rate", "business", "2019-07-18T08:00",
  dict(country_adj="Indonesian", country="Indonesia", city="Jakarta", gov="Hendra Wiratama", gov_short="Wiratama",
       move="cut", bp="25", rate_old="6.00", rate_new="5.75", infl="3.3", vote="unanimously",
       next_date="August 22", why="citing global trade tensions", why_noun="the need to shield growth from global trade tensions"),
  [("Hendra Wiratama", "the central bank governor", "The rupiah is stable enough for us to support the economy"),
   ("Citra Lestari", "an economist at Nusantara Sekuritas", "Markets had priced in the cut"),
   ("Agus Prasetyo", "a bank treasury head", "Lending rates will take two or three months to follow")],
  ["Jakarta shares rose 0.8 per cent on the news.",
   "It was the first cut in nearly two years."],
  [HH, MT, SEP])

E("ev-lk-rate-2022-04", "rate", "business", "2022-04-08T06:00",
  dict(country_adj="Sri Lankan", country="Sri Lanka", city="Colombo", gov="Mahinda Jayasekera", gov_short="Jayasekera",
       move="hike", bp="700", rate_old="6.50", rate_new="13.50", infl="18.7", vote="unanimously",
       next_date="May 19", why="in an emergency move to stem a currency crisis", why_noun="the collapse of the rupee and shortages of fuel and medicine"),
  [("Mahinda Jayasekera", "the newly appointed central bank governor", "Extraordinary times need extraordinary measures"),
   ("Nilanthi Silva", "an economist at a Colombo research institute", "A 700-basis-point increase is unheard of, but so is this crisis"),
   ("Ravi Pathirana", "a small business owner in Galle", "My loan will now eat all my profit")],
  ["Queues for fuel stretched for several kilometres in Colombo on the same day.",
   "The rupee has lost more than a third of its value in a month."],
  [LS, MC, HH, IL])

E("ev-pk-rate-2023-06", "rate", "business", "2023-06-26T10:00",
  dict(country_adj="Pakistani", country="Pakistan", city="Karachi", gov="Javed Siddiqui", gov_short="Siddiqui",
       move="hike", bp="100", rate_old="21.00", rate_new="22.00", infl="38.0", vote="unanimously",
       next_date="July 31", why="at an unscheduled meeting", why_noun="a record inflation rate and talks with lenders"),
  [("Javed Siddiqui", "the central bank governor", "We are committed to bringing inflation down, whatever it takes"),
   ("Sana Mirza", "head of research at Indus Capital", "The unscheduled meeting surprised everyone"),
   ("Bilal Chaudhry", "a textile exporter in Faisalabad", "At 22 per cent nobody can borrow to invest")],
  ["The meeting was called at a day's notice.",
   "The rupee traded at a record low in the open market."],
  [IL, HH, PC])

# ---------------------------------------------------------------- business: deals
E("ev-deal-thai-cement-2019", "deal", "business", "2019-04-02T04:00",
  dict(buyer="Siam Keystone Group", buyer_short="Siam Keystone", target="Mekong Valley Cement",
       target_short="Mekong Valley", value="$640 million", sector="building materials", jobs="2,300",
       country="Thailand", city="Bangkok"),
  [("Anurak Chaiwat", "chief executive of Siam Keystone", "Cement demand in the region will grow for a decade"),
   ("Pim Sunthorn", "a union representative at the Saraburi plant", "We want it in writing that no plant will close"),
   ("Kittipong Arun", "an analyst at Chao Phraya Securities", "It is a full price, but the plants are modern")],
  ["Mekong Valley Cement's founding family will keep a 10 per cent stake.",
   "Shares of Siam Keystone fell 2 per cent on the news."],
  [MT, HH, SEP])

E("ev-deal-vietnam-dairy-2024", "deal", "business", "2024-10-15T03:00",
  dict(buyer="Lotus Harvest Foods", buyer_short="Lotus Harvest", target="Da Lat Highland Dairy",
       target_short="Da Lat Dairy", value="$310 million", sector="dairy", jobs="1,450",
       country="Vietnam", city="Ho Chi Minh City"),
  [("Vu Thi Hanh", "chairwoman of Lotus Harvest", "Highland milk is a brand Vietnamese families trust"),
   ("Nguyen Van Long", "founder of Da Lat Highland Dairy", "I built this company for 30 years. I am selling it to people who will keep it Vietnamese"),
   ("Le Minh Chau", "a consumer goods analyst", "Lotus Harvest needed fresh milk and now it has 9,000 cows")],
  ["Da Lat Highland Dairy owns two farms with about 9,000 cows.",
   "The deal is the largest in Vietnam's dairy sector in five years."],
  [MT, HH, SEP])

E("ev-deal-sg-logistics-2025", "deal", "business", "2025-08-20T01:00",
  dict(buyer="Meridian Port Holdings", buyer_short="Meridian", target="Tanjong Freight Solutions",
       target_short="Tanjong Freight", value="S$1.1 billion", sector="logistics", jobs="3,800",
       country="Singapore", city="Singapore"),
  [("Eleanor Chua", "chief executive of Meridian Port Holdings", "Tanjong gives us warehouses next to every major port in the region"),
   ("Raj Kumar", "chief executive of Tanjong Freight Solutions", "Our customers will see more routes, not fewer"),
   ("Melissa Goh", "a transport analyst at Marina Research", "The price is about 14 times earnings, which is rich but defensible")],
  ["Tanjong Freight operates 41 warehouses in seven countries.",
   "Meridian said it would finance the purchase with cash and new bonds."],
  [HH, SEP, MT, MD])

E("ev-deal-ev-battery-2020", "deal", "business", "2020-11-24T02:00",
  dict(buyer="Shenzhen Voltline Motors", buyer_short="Voltline", target="Kulim Cell Technologies",
       target_short="Kulim Cell", value="$420 million", sector="battery manufacturing", jobs="1,100",
       country="Malaysia", city="Kuala Lumpur"),
  [("Zhou Hanwen", "chairman of Shenzhen Voltline Motors", "Kulim will be our battery base for all of South-east Asia"),
   ("Aminah Yusof", "chief executive of Kulim Cell Technologies", "Our engineers will now work at a scale we could never reach alone"),
   ("Tan Sri Harun Latif", "a former trade official", "This is exactly the kind of investment Malaysia wanted")],
  ["Voltline plans to double the Kulim factory's capacity by 2023.",
   "The deal was announced at a ceremony attended by officials from both countries."],
  [SEP, HH])

# ---------------------------------------------------------------- business: rail megaproject
RAIL_BG = [
    "First proposed in 2016, the rail link is designed to cut the journey between Kuala Lumpur and the southern port towns from five hours by road to under two.",
    "The project has been revised twice, with its route shortened after a change of government.",
    "Environmental groups have questioned the route through two forest reserves.",
]
RAIL = dict(project="Lintas Selatan Rail Link", country="Malaysia", city="Kuala Lumpur", length_km="412",
            contractor="Semenanjung Rail Consortium")
E("ev-rail-contract-2019", "project", "business", "2019-09-05T06:00",
  dict(RAIL, milestone="the government has awarded the main civil works contract for the line",
       milestone_short="main contract awarded", milestone_short2="a builder", cost="RM44 billion", opens="2025"),
  [("Transport Minister Hafiz Kamarudin", "who announced the award", "This line will change how the south lives and works"),
   ("Lee Chong Wai", "managing director of Semenanjung Rail Consortium", "Our first crews will be on site within three months"),
   ("Nurul Aina", "of the Forest Alliance", "The route still cuts through two reserves. Nothing has changed")],
  ["The consortium beat two rival bids.", "About 9,000 construction jobs are expected at the peak of work."],
  [SEP, HH, MT], topic="selatan-rail-link", bg=RAIL_BG)

E("ev-rail-cost-review-2021", "project", "business", "2021-11-16T05:00",
  dict(RAIL, milestone="an official review has found that the line will cost RM51 billion, RM7 billion more than planned",
       milestone_short="RM7 billion overrun", milestone_short2="an overrun", cost="RM51 billion", opens="2026"),
  [("Transport Minister Sarimah Yunus", "who released the review", "We will not hide bad news. We will manage it"),
   ("Lee Chong Wai", "managing director of Semenanjung Rail Consortium", "Steel prices and pandemic delays explain almost all of the increase"),
   ("Dr Kamal Hussin", "an economist who sat on the review panel", "The line is still worth building, but not at any price")],
  ["The review also pushed back the opening by a year.", "Opposition lawmakers called for a parliamentary inquiry."],
  [SEP, HH, MT], topic="selatan-rail-link", bg=RAIL_BG)

E("ev-rail-tunnel-2023", "project", "business", "2023-06-22T04:00",
  dict(RAIL, milestone="tunnel boring machines broke through the 6.2 km Gunung Tahan tunnel, the longest on the route",
       milestone_short="longest tunnel broken through", milestone_short2="a tunnel", cost="RM51 billion", opens="2026"),
  [("Transport Minister Sarimah Yunus", "who watched the breakthrough", "Two years of digging, and they met within two centimetres"),
   ("Lee Chong Wai", "managing director of Semenanjung Rail Consortium", "The hardest engineering on the line is now behind us"),
   ("Siti Hajar", "a tunnel engineer on the project", "When the wall came down, everyone on my shift was cheering")],
  ["The two boring machines are named after local folk heroines.", "The tunnel runs under a forest reserve, avoiding the surface route campaigners opposed."],
  [SEP, HH, MT], topic="selatan-rail-link", bg=RAIL_BG)

E("ev-rail-opening-2026", "project", "business", "2026-02-14T01:00",
  dict(RAIL, milestone="the first passenger trains began running on the full line",
       milestone_short="first passenger trains", milestone_short2="passengers", cost="RM52 billion", opens="2026",
       built="was built", open_phrase="opened to passengers this weekend",
       status_line="Semenanjung Rail Consortium handed the line over to the operator last month."),
  [("Transport Minister Sarimah Yunus", "who rode the first train", "Ten years ago this was a line on a map"),
   ("Lee Chong Wai", "managing director of Semenanjung Rail Consortium", "We handed over a railway that will outlast all of us"),
   ("Aisyah Rahman", "a passenger from Muar", "My trip to see my mother used to take five hours. Today it took one hour and forty minutes")],
  ["Tickets on the first day sold out within an hour.", "Trains will run every 30 minutes at peak times."],
  [SEP, HH, MT, MD], topic="selatan-rail-link", bg=RAIL_BG)

# ---------------------------------------------------------------- society: quakes and storms
E("ev-quake-wakayama-2025", "quake", "society", "2025-07-09T18:20",
  dict(region="Wakayama Prefecture", town="Shingu", city="Tokyo", mag="6.1", depth="12", dead="9",
       injured="140", displaced="3,200", agency="the Japan Meteorological Agency", hour="shortly after 3 a.m. local time",
       aftershocks="More than 40"),
  [("Haruto Sakai", "a prefectural disaster official", "Many of the victims were elderly people living alone in old wooden houses"),
   ("Yumi Okada", "a resident of Shingu", "The whole house moved sideways. I could not stand up"),
   ("Daisuke Mori", "a seismologist at Kyoto University", "A shallow quake of this size near a town is always dangerous")],
  ["A section of the coastal railway was closed after inspectors found buckled tracks.",
   "No tsunami warning was issued."],
  [HH, SEP, MC], live=True)

E("ev-quake-miyagi-2025", "quake", "society", "2025-11-02T11:05",
  dict(region="the Miyagi coast", town="Ishinomaki", city="Tokyo", mag="5.8", depth="48", dead="2",
       injured="35", displaced="600", agency="the Japan Meteorological Agency", hour="in the early evening",
       aftershocks="About 15"),
  [("Kazuki Endo", "an Ishinomaki city official", "Buildings held up well thanks to the reinforcement work after 2011"),
   ("Aiko Saito", "a shop owner", "Bottles fell from every shelf, but the walls held"),
   ("Daisuke Mori", "a seismologist at Kyoto University", "This was a deeper event, which spared the coast from worse shaking")],
  ["Bullet train services were halted for about two hours.", "A brief tsunami advisory was lifted within 40 minutes."],
  [HH, SEP])

E("ev-quake-sulawesi-2021", "quake", "society", "2021-03-11T21:40",
  dict(region="Central Sulawesi", town="Poso", city="Jakarta", mag="6.4", depth="18", dead="27",
       injured="310", displaced="15,000", agency="Indonesia's geophysics agency", hour="just before dawn",
       aftershocks="Dozens of"),
  [("Yohanes Lumban", "head of the provincial disaster agency", "Heavy equipment is still on its way on damaged roads"),
   ("Siti Maryam", "a teacher whose school collapsed", "If it had happened two hours later, the classrooms would have been full"),
   ("Rudi Hartanto", "a seismologist in Bandung", "This fault has been quiet for a century, which is why people were not prepared")],
  ["The quake damaged a bridge on the main road to Palu.",
   "Several mosques and churches opened their doors as shelters."],
  [MT, HH, SEP, MD], live=True)

E("ev-quake-lombok-2021", "quake", "society", "2021-09-27T02:15",
  dict(region="Lombok", town="Sembalun", city="Jakarta", mag="5.6", depth="10", dead="4",
       injured="52", displaced="1,900", agency="Indonesia's geophysics agency", hour="in the late morning",
       aftershocks="About 30"),
  [("Lalu Ahmad", "a district official", "Houses rebuilt after the last disaster were mostly undamaged"),
   ("Baiq Nuraini", "a homestay owner in Sembalun", "The tourists ran into the rice fields"),
   ("Rudi Hartanto", "a seismologist in Bandung", "Lombok sits on a very active system")],
  ["Climbing routes on Mount Rinjani were closed as a precaution.",
   "Landslides blocked a road into the valley for several hours."],
  [MT, HH])

E("ev-quake-mindanao-2019", "quake", "society", "2019-10-17T10:30",
  dict(region="North Cotabato", town="Kidapawan", city="Manila", mag="6.3", depth="9", dead="7",
       injured="215", displaced="22,000", agency="the Philippine volcanology and seismology institute",
       hour="in the evening", aftershocks="More than 300"),
  [("Maricel Dumalagan", "a provincial disaster officer", "People are afraid to sleep indoors even where houses are safe"),
   ("Ronaldo Abad", "a farmer from Makilala", "My family slept in the coconut grove under tarpaulins"),
   ("Renato Solidum Cruz", "an institute seismologist", "The aftershocks could continue for weeks")],
  ["Tents were set up on a school football field in Kidapawan.", "A shopping mall was evacuated after cracks appeared in its walls."],
  [MD, HH, SEP])

E("ev-storm-marisol-2020", "storm", "society", "2020-10-29T09:00",
  dict(name="Typhoon Marisol", region="the Bicol region", city="Legazpi", wind="215", rain="380", dead="16",
       evac="340,000", missing="11", agency="the state weather bureau"),
  [("Gilbert Bernas", "the regional civil defence director", "Pre-emptive evacuation saved thousands of lives"),
   ("Lorna Catapang", "a fish vendor in Legazpi", "The water came into the house up to my chest"),
   ("Father Nonoy Espiritu", "a parish priest running a shelter", "We have 600 people in the church and food for two days")],
  ["Ash from Mayon volcano mixed with the rain and formed mudflows in some villages.",
   "Flights at Legazpi airport were cancelled for two days."],
  [MD, HH, SEP, MT], live=True)

E("ev-storm-dalisay-2024", "storm", "society", "2024-09-16T06:00",
  dict(name="Typhoon Dalisay", region="northern Luzon", city="Tuguegarao", wind="180", rain="420", dead="9",
       evac="120,000", missing="5", agency="the state weather bureau"),
  [("Marites Garcia", "the provincial governor's spokeswoman", "The Cagayan River rose faster than any model predicted"),
   ("Jun Bautista", "a rice farmer", "The harvest was two weeks away"),
   ("Rowena Ancheta", "a weather bureau forecaster", "Dalisay slowed down over land, which is why the rain totals were so high")],
  ["Rescuers used rubber boats to reach families on rooftops in Tuguegarao.",
   "Damage to crops was estimated at 2.1 billion pesos."],
  [MD, HH, SEP])

E("ev-cyclone-tarin-2022", "storm", "society", "2022-05-23T03:00",
  dict(name="Cyclone Tarin", region="Bangladesh's southern coast", city="Cox's Bazar", wind="140", rain="260",
       dead="12", evac="800,000", missing="20", agency="the Bangladesh Meteorological Department"),
  [("Khaled Mahmud", "the district commissioner", "The cyclone shelters were full by midnight"),
   ("Rahima Begum", "a fisherman's wife", "My husband's boat has not come back"),
   ("Dr Nusrat Jahan", "a climate scientist at Dhaka University", "Early warning has turned cyclones from mass killers into survivable events")],
  ["Volunteers with megaphones went door to door in coastal villages.",
   "Camps for refugees near Cox's Bazar reported damage to hundreds of shelters."],
  [PC, HH, MC])

# ---------------------------------------------------------------- society: strikes
GARMENT_BG = [
    "Garments make up more than 80 per cent of Bangladesh's exports, and the industry employs about four million people, most of them women.",
    "The minimum wage in the sector is set by a government-appointed wage board, usually every five years.",
    "Buyers from Europe and North America have faced pressure to pay suppliers enough to cover higher wages.",
]
GARMENT = dict(workers="garment workers", city="Dhaka", country="Bangladesh",
               union="Garment Workers' Unity Council", union_short="Unity Council", leader="Shahana Parvin",
               employer_body="garment manufacturers' association", employer_body_short="Manufacturers")
E("ev-garment-strike-2019", "strike", "society", "2019-01-10T06:00",
  dict(GARMENT, demand="a revision of the new pay scale for senior grades", demand_short="pay grades", numbers="50,000"),
  [("Shahana Parvin", "president of the Garment Workers' Unity Council", "The new scale gave helpers a rise and took it from the machinists"),
   ("Mahfuz Rahman", "vice president of the manufacturers' association", "Orders are going to other countries every day this continues"),
   ("Nasima Khatun", "a sewing machine operator in Savar", "I have worked eleven years and my rise was 300 taka")],
  ["Police fired tear gas at protesters on the Dhaka-Aricha highway.", "Around 50 factories suspended production."],
  [PC, HH, IL], topic="bangladesh-garment-wages", bg=GARMENT_BG)

E("ev-garment-strike-2021", "strike", "society", "2021-10-05T05:00",
  dict(GARMENT, demand="payment of pandemic-era wage arrears", demand_short="unpaid wages", numbers="18,000"),
  [("Shahana Parvin", "president of the Garment Workers' Unity Council", "Workers kept the factories running through the pandemic and some were never paid"),
   ("Mahfuz Rahman", "vice president of the manufacturers' association", "Most members have paid. A few factories that closed are the problem"),
   ("Rokeya Sultana", "a worker at a closed factory in Gazipur", "They owe me four months of salary")],
  ["The labour ministry set up a complaints desk at the protest site.", "Workers marched from Gazipur to the labour ministry."],
  [PC, IL, HH], topic="bangladesh-garment-wages", bg=GARMENT_BG)

E("ev-garment-strike-2023", "strike", "society", "2023-11-01T04:00",
  dict(GARMENT, demand="a minimum monthly wage of 23,000 taka", demand_short="minimum wage", numbers="150,000"),
  [("Shahana Parvin", "president of the Garment Workers' Unity Council", "Rice, lentils and rent have all doubled. The wage has not"),
   ("Mahfuz Rahman", "president of the manufacturers' association", "We can offer a rise, but 23,000 taka would close half the factories"),
   ("Farzana Akter", "a quality inspector in Ashulia", "I skip dinner so my children can eat")],
  ["More than 300 factories shut their gates in Ashulia and Gazipur.", "The wage board is due to announce a new scale this month."],
  [PC, HH, IL, MC], topic="bangladesh-garment-wages", bg=GARMENT_BG)

E("ev-garment-deal-2025", "strike", "society", "2025-12-04T05:00",
  dict(GARMENT, demand="an annual increment of 9 per cent, which the employers accepted after a week-long stoppage",
       demand_short="annual increment", numbers="90,000"),
  [("Shahana Parvin", "president of the Garment Workers' Unity Council", "For the first time, the increase is written into a signed agreement"),
   ("Tanvir Hossain", "president of the manufacturers' association", "It is expensive, but a week of closed factories was more expensive"),
   ("Labour Secretary Abul Bashar", "who mediated the final session", "Both sides deserve credit for stepping back from the edge")],
  ["The agreement was signed at 2 a.m. after a 14-hour session.", "Factories reopened the next morning."],
  [PC, HH, IL], topic="bangladesh-garment-wages", bg=GARMENT_BG)

E("ev-karachi-port-strike-2024", "strike", "society", "2024-04-16T05:00",
  dict(workers="dock workers", city="Karachi", country="Pakistan", union="Karachi Dockers' Federation",
       union_short="Dockers", leader="Ghulam Mustafa", demand="permanent contracts for casual labourers",
       demand_short="contracts", numbers="7,000", employer_body="port trust", employer_body_short="Port"),
  [("Ghulam Mustafa", "general secretary of the Karachi Dockers' Federation", "Men have worked here for twenty years on daily wages"),
   ("Imran Sheikh", "a spokesman for the port trust", "Ships are being diverted to Port Qasim"),
   ("Aslam Khan", "a crane operator", "I have no sick pay and no pension")],
  ["More than 30 ships were waiting at anchor.", "Traders warned of shortages of imported edible oil."],
  [IL, HH, PC])

# ---------------------------------------------------------------- sport
CUP_BG = [
    "The Mekong Club Cup brings together league champions from Thailand, Vietnam, Cambodia, Laos and Myanmar.",
    "The tournament was relaunched in 2022 after a decade-long break.",
]
E("ev-mekong-cup-2022", "match", "sport", "2022-05-29T13:00",
  dict(competition="Mekong Club Cup", team_w="Bangkok Lightning", team_l="Hanoi Star", score_w="2", score_l="1",
       scorer="Chakrit Somsak", minute="87", venue="Rajamangala Stadium", city="Bangkok", attendance="41,000",
       coach_w="Surachai Meesuk", coach_l="Pham Duc Anh"),
  [("Surachai Meesuk", "the Lightning coach", "We were tired, but Chakrit had one more run in his legs"),
   ("Pham Duc Anh", "the Hanoi Star coach", "We were three minutes from extra time. That is football"),
   ("Chakrit Somsak", "the match winner", "I just closed my eyes and hit it")],
  ["Hanoi Star hit the post twice in the first half.", "Lightning fans lit green flares after the final whistle."],
  [MT, HH, SEP], topic="mekong-club-cup", bg=CUP_BG)

E("ev-mekong-cup-2024", "match", "sport", "2024-05-26T12:00",
  dict(competition="Mekong Club Cup", team_w="Hanoi Star", team_l="Phnom Penh Crown", score_w="3", score_l="0",
       scorer="Nguyen Tien Dat", minute="34", venue="My Dinh Stadium", city="Hanoi", attendance="38,500",
       coach_w="Pham Duc Anh", coach_l="Sok Vanna"),
  [("Pham Duc Anh", "the Hanoi Star coach", "Two years ago we cried. Today we celebrate"),
   ("Sok Vanna", "the Phnom Penh Crown coach", "We made mistakes and they punished every one"),
   ("Nguyen Tien Dat", "who scored the opener", "This is for the fans who travelled with us everywhere")],
  ["Dat added a second goal in the second half.", "It was the first final for a Cambodian club."],
  [MT, HH, SEP], topic="mekong-club-cup", bg=CUP_BG)

E("ev-mekong-cup-2026", "match", "sport", "2026-05-31T12:30",
  dict(competition="Mekong Club Cup", team_w="Yangon United Eagles", team_l="Bangkok Lightning", score_w="1",
       score_l="0", scorer="Kyaw Zin Htet", minute="62", venue="Thuwunna Stadium", city="Yangon",
       attendance="29,000", coach_w="Aung Myo Min", coach_l="Surachai Meesuk"),
  [("Aung Myo Min", "the Eagles coach", "Nobody gave us a chance and that freed the players"),
   ("Surachai Meesuk", "the Lightning coach", "We had the ball, they had the goal"),
   ("Kyaw Zin Htet", "the scorer", "My mother was in the stand. I scored for her")],
  ["The Eagles played the last 20 minutes with ten men.", "Heavy rain delayed the kick-off by half an hour."],
  [MT, HH, SEP, MD], topic="mekong-club-cup", bg=CUP_BG, live=True)

E("ev-kleague-cup-2025", "match", "sport", "2025-11-29T07:00",
  dict(competition="Korean FA Cup", team_w="Daejeon Citizen Waves", team_l="Pohang Ironmen", score_w="2",
       score_l="1", scorer="Kim Min-jae Seo", minute="78", venue="Seoul World Cup Stadium", city="Seoul",
       attendance="33,000", coach_w="Choi Dong-wook", coach_l="Yoon Sang-ho"),
  [("Choi Dong-wook", "the Daejeon coach", "Our young players showed no fear in the big stadium"),
   ("Yoon Sang-ho", "the Pohang coach", "We conceded from a set piece, which hurts the most"),
   ("Kim Min-jae Seo", "the match-winner", "I dreamed of this goal when I was a ball boy")],
  ["Daejeon's win earns them a place in next season's continental competition.", "Temperatures dropped below freezing during the second half."],
  [HH, SEP])

E("ev-india-super-cup-2023", "match", "sport", "2023-04-25T14:00",
  dict(competition="Super Cup", team_w="Kerala Tuskers", team_l="Goa Mariners", score_w="2", score_l="1",
       scorer="Anas Edathodika Jr", minute="119", venue="Jawaharlal Nehru Stadium", city="Kochi",
       attendance="52,000", coach_w="Vikram Menon", coach_l="Rui Fernandes"),
  [("Vikram Menon", "the Tuskers coach", "Extra time is cruel, but tonight it was kind to us"),
   ("Rui Fernandes", "the Mariners coach", "To lose a final in the last minute of extra time is very hard"),
   ("Anas Edathodika Jr", "who scored the winner in extra time", "I told the goalkeeper I would score and he did not believe me")],
  ["The match went to extra time after a 1-1 draw in normal time.", "Fans in Kochi began queuing at noon for the evening kick-off."],
  [MC, HH, IL])

E("ev-malaysia-cup-2019", "match", "sport", "2019-10-26T13:00",
  dict(competition="Malaysia Cup", team_w="Johor Harimau", team_l="Kedah Lions", score_w="3", score_l="0",
       scorer="Safiq Rahim Jr", minute="12", venue="Bukit Jalil National Stadium", city="Kuala Lumpur",
       attendance="85,000", coach_w="Benjamin Mora Cruz", coach_l="Aidil Sharin Hamdan"),
  [("Benjamin Mora Cruz", "the Harimau coach", "An early goal in a final changes everything"),
   ("Aidil Sharin Hamdan", "the Kedah coach", "We never recovered from the first twelve minutes"),
   ("Safiq Rahim Jr", "the opening scorer", "The noise from 85,000 people, I will never forget it")],
  ["Traffic around Bukit Jalil was gridlocked for hours before kick-off.", "Johor completed a domestic treble with the win."],
  [SEP, HH])

E("ev-thai-fa-cup-2021", "match", "sport", "2021-03-28T11:00",
  dict(competition="Thai FA Cup", team_w="Chiang Mai Elephants", team_l="Buriram Thunder", score_w="1", score_l="0",
       scorer="Weerawut Kaewmanee", minute="55", venue="Thammasat Stadium", city="Pathum Thani",
       attendance="no spectators", coach_w="Somkid Inthong", coach_l="Jarun Pattana"),
  [("Somkid Inthong", "the Elephants coach", "Playing in an empty stadium is strange, but a trophy is a trophy"),
   ("Jarun Pattana", "the Buriram coach", "We created chances, we did not finish them"),
   ("Weerawut Kaewmanee", "the scorer", "I saw the keeper move early and went the other way")],
  ["The final was played behind closed doors because of health rules.", "It was the northern club's first national trophy."],
  [MT, HH])

COLOMBO_BG = [
    "The Colombo Harbour Marathon starts and finishes at the port promenade and crosses the Kelani River twice.",
    "Organisers say the race raises money for children's hospitals.",
]
E("ev-colombo-marathon-2023", "race", "sport", "2023-12-10T02:00",
  dict(race="Colombo Harbour Marathon", city="Colombo", winner_m="Daniel Kiprono", nat_m="Kenya",
       time_m="2:14:37", winner_w="Hiruni Wijesinghe", nat_w="Sri Lanka", time_w="2:38:05", runners="16,000"),
  [("Daniel Kiprono", "the men's winner", "The humidity was hard, but the crowd on the bridge carried me"),
   ("Hiruni Wijesinghe", "the women's winner", "To win at home, in front of my family, is the best day of my life"),
   ("Roshan de Mel", "the race director", "We had more runners than ever before")],
  ["Water stations handed out king coconut water.", "The race started at 4.30 a.m. to avoid the heat."],
  [LS, HH, MC], topic="colombo-harbour-marathon", bg=COLOMBO_BG)

E("ev-colombo-marathon-2024", "race", "sport", "2024-12-08T02:00",
  dict(race="Colombo Harbour Marathon", city="Colombo", winner_m="Tesfaye Alemu", nat_m="Ethiopia",
       time_m="2:12:58", winner_w="Hiruni Wijesinghe", nat_w="Sri Lanka", time_w="2:35:41", runners="18,500",
       record="a course record", record_note="a course record"),
  [("Hiruni Wijesinghe", "who retained her title", "Last year I was happy to win. This year I wanted the record"),
   ("Tesfaye Alemu", "the men's winner", "I came to Colombo to run fast and the weather helped"),
   ("Roshan de Mel", "the race director", "Two course records in one morning is something special")],
  ["Light rain fell for the first hour of the race.", "The men's winner also set a course record."],
  [LS, HH, MC], topic="colombo-harbour-marathon", bg=COLOMBO_BG)

E("ev-colombo-marathon-2025", "race", "sport", "2025-12-07T02:00",
  dict(race="Colombo Harbour Marathon", city="Colombo", winner_m="Kasun Bandara", nat_m="Sri Lanka",
       time_m="2:15:10", winner_w="Mercy Chepngetich", nat_w="Kenya", time_w="2:33:02", runners="21,000",
       record="a course record", record_note="a course record"),
  [("Kasun Bandara", "the first Sri Lankan man to win the race", "I trained in Nuwara Eliya for three months for this"),
   ("Mercy Chepngetich", "the women's winner", "I heard the local champion was strong, so I went from the start"),
   ("Roshan de Mel", "the race director", "A home winner in the men's race, at last")],
  ["Defending champion Hiruni Wijesinghe finished second.", "Organisers added a wheelchair race for the first time."],
  [LS, HH, MC, IL], topic="colombo-harbour-marathon", bg=COLOMBO_BG)

E("ev-osaka-marathon-2020", "race", "sport", "2020-01-26T01:00",
  dict(race="Osaka Bay Marathon", city="Osaka", winner_m="Ryota Kanemura", nat_m="Japan", time_m="2:08:44",
       winner_w="Mizuki Harada", nat_w="Japan", time_w="2:24:19", runners="32,000"),
  [("Ryota Kanemura", "the men's winner", "I wanted to show I am ready for the national team"),
   ("Mizuki Harada", "the women's winner", "I ran my own pace and did not look at the others"),
   ("Keiko Tanabe", "a race organiser", "Thirty-two thousand runners, and not one major incident")],
  ["The course passed the castle and the bay area.", "A cold wind blew off the bay for most of the race."],
  [HH, SEP])

# ---------------------------------------------------------------- technology
DID_BG = [
    "The national digital ID programme aims to give every Filipino a single number for government and banking services.",
    "Registration began in 2018, but delays in printing cards led the government to issue digital versions.",
    "Privacy advocates have repeatedly asked for independent audits of the system.",
]
E("ev-ph-digital-id-law-2021", "bill", "technology", "2021-05-19T07:00",
  dict(legislature="Philippine Congress", bill_name="Digital Identity Services Act", bill_short="Digital ID bill",
       vote_for="221", vote_against="12", provision1="makes the digital version of the national ID valid for all government transactions",
       provision1_short="makes digital IDs valid",
       provision2="bans the sale of ID data to private companies",
       country="the Philippines", city="Manila"),
  [("Representative Teodoro Lacson Jr", "the principal author", "No more photocopies of three IDs for every form"),
   ("Representative Cynthia Sarmiento", "who voted against", "We are building a giant database before we have learned to protect small ones"),
   ("Paolo Gatchalian", "a fintech executive", "Banks will be able to open accounts for millions in minutes")],
  ["The law takes effect 15 days after publication.", "About 50 million people have registered so far."],
  [MD, HH, SEP], topic="philippine-digital-id", bg=DID_BG)

E("ev-ph-digital-id-outage-2023", "outage", "technology", "2023-08-14T02:00",
  dict(service="the national digital ID verification system", company="the Philippine Statistics Office",
       company_short="The agency", city="Manila", country="the Philippines", hours="11", users="4 million",
       cause="a failed database upgrade", regulator="The Senate science committee"),
  [("Carmina Villaroman", "a deputy national statistician", "We apologise. The upgrade should have been tested on a copy first"),
   ("Senator Joel Abaya", "chair of the science committee", "Eleven hours without ID checks stopped pensions, bank accounts and hospital admissions"),
   ("Rhea Mendoza", "a bank branch manager in Quezon City", "We sent people home with their forms half-filled")],
  ["Some banks fell back to paper checks during the outage.", "Pension payouts were delayed by a day."],
  [MD, HH, SEP], topic="philippine-digital-id", bg=DID_BG)

E("ev-ph-digital-id-app-2024", "launch", "technology", "2024-06-03T03:00",
  dict(company="the Philippine Statistics Office", company_short="The agency", product="eID Wallet app",
       product_short="eID app", city="Manila", country="the Philippines", price="no charge",
       spec="an app that stores a verified digital ID and can share only the data a service needs",
       target="reach 30 million users by the end of next year"),
  [("Carmina Villaroman", "the deputy national statistician in charge of the ID", "You can prove you are over 18 without showing your address"),
   ("Dr Leah Santos", "a privacy researcher at the University of the Philippines", "Selective disclosure is the right design. Now we need an audit"),
   ("Benjie Cruz", "an early user", "It took me four minutes to set up")],
  ["The app works offline for up to seven days.", "Android and iPhone versions were released on the same day."],
  [MD, HH, SEP], topic="philippine-digital-id", bg=DID_BG)

E("ev-ph-digital-id-outage-2025", "outage", "technology", "2025-10-21T05:00",
  dict(service="the eID Wallet app", company="the Philippine Statistics Office", company_short="The agency",
       city="Manila", country="the Philippines", hours="6", users="9 million",
       cause="an expired security certificate", regulator="The Department of Information and Communications Technology"),
  [("Carmina Villaroman", "the deputy national statistician", "An expired certificate is an embarrassing mistake and we own it"),
   ("Senator Joel Abaya", "chair of the science committee", "This is the second major failure in two years"),
   ("Mark Dizon", "a rider who could not log in to a delivery platform", "I lost a whole morning of work")],
  ["Several delivery platforms require the app for rider verification.", "The agency said it would automate certificate renewals."],
  [MD, HH, SEP], topic="philippine-digital-id", bg=DID_BG)

E("ev-hanul-robot-2025", "launch", "technology", "2025-09-24T01:00",
  dict(company="Hanul Robotics", company_short="Hanul", product="Hanul Care H2 home robot", product_short="care robot",
       city="Seoul", country="South Korea", price="4.9 million won",
       spec="a 1.2-metre robot that can fetch objects, remind patients to take medicine and call for help after a fall",
       target="sell 20,000 units in Korea and Japan next year"),
  [("Jung Hae-won", "chief executive of Hanul Robotics", "Korea is ageing faster than any other country. Care cannot depend only on people"),
   ("Baek Seung-min", "the chief engineer", "The hardest part was teaching it to open very different doors"),
   ("Kang Mi-ran", "a nurse who tested the robot", "It does not replace us, but it gives us time")],
  ["The robot will be leased to care homes for a monthly fee.", "Hanul was founded in 2017 in Daejeon."],
  [HH, SEP, MT])

E("ev-osaka-chip-2024", "launch", "technology", "2024-11-12T02:00",
  dict(company="Naniwa Semiconductor", company_short="Naniwa", product="NS-7 edge AI chip", product_short="AI chip",
       city="Osaka", country="Japan", price="about 3,800 yen per unit in volume",
       spec="a low-power processor designed for cameras and factory sensors that runs on less than two watts",
       target="win orders from 200 factory equipment makers by 2026"),
  [("Takumi Hasegawa", "president of Naniwa Semiconductor", "Factories do not need the biggest chip. They need one that never overheats"),
   ("Emi Kuroda", "an analyst at Dojima Securities", "Naniwa is competing on power, not on raw speed, which is smart"),
   ("Shun Arakawa", "the chip's lead designer", "We removed everything a camera does not need")],
  ["The chip is made under contract at a plant in Kumamoto.", "Samples have been shipped to 35 customers."],
  [HH, SEP, MC])

E("ev-bengaluru-scooter-2022", "launch", "technology", "2022-08-17T06:00",
  dict(company="Volta Two Wheels", company_short="Volta", product="Volta Swift electric scooter",
       product_short="e-scooter", city="Bengaluru", country="India", price="Rs 98,000",
       spec="a scooter with a swappable battery and a range of 140 km",
       target="sell 100,000 scooters in the first year"),
  [("Arjun Iyer", "co-founder of Volta Two Wheels", "Battery swapping takes two minutes, less than filling petrol"),
   ("Meera Nair", "an auto analyst in Mumbai", "The price is aggressive, and that is what this market wants"),
   ("Suresh Gowda", "a delivery rider who tested the scooter", "On one battery I can finish my whole shift")],
  ["Volta plans 1,000 swap stations in Bengaluru by March.", "The scooter is assembled in Hosur."],
  [MC, HH, IL])

E("ev-karachi-fintech-2021", "launch", "technology", "2021-06-08T07:00",
  dict(company="PaySahulat", company_short="PaySahulat", product="PaySahulat Lite wallet", product_short="wallet",
       city="Karachi", country="Pakistan", price="free",
       spec="a mobile wallet that works on basic phones through text menus",
       target="sign up five million users without smartphones"),
  [("Zainab Hashmi", "founder of PaySahulat", "Half of Pakistan does not have a smartphone. They still need to pay and be paid"),
   ("Omar Farooq", "a banking analyst", "USSD wallets are not glamorous, but they reach villages"),
   ("Rukhsana Bibi", "a shopkeeper in Thatta", "My customers can now pay me without coming to the shop")],
  ["The wallet supports Urdu, Sindhi and English menus.", "PaySahulat raised $12 million earlier this year."],
  [IL, HH, PC])

E("ev-sg-bank-outage-2024", "outage", "technology", "2024-03-05T01:00",
  dict(service="Lion Harbour Bank's digital banking", company="Lion Harbour Bank", company_short="The bank",
       city="Singapore", country="Singapore", hours="7", users="2.5 million",
       cause="a hardware failure at one of its data centres", regulator="The Monetary Authority of Singapore"),
  [("Clara Teo", "chief executive of Lion Harbour Bank", "We let our customers down and I am sorry"),
   ("Dr Ivan Koh", "a technology risk specialist", "A single data centre failure should never take down a bank for seven hours"),
   ("Shirley Ng", "a hawker who could not receive payments", "Customers walked away because they could not scan")],
  ["ATMs and branches stayed open during the outage.", "It was the bank's third disruption in 18 months."],
  [HH, SEP, MT])

E("ev-paylink-outage-2025", "outage", "technology", "2025-04-02T08:00",
  dict(service="the PayLink instant payment network", company="the National Payments Exchange",
       company_short="The exchange", city="Mumbai", country="India", hours="3", users="150 million",
       cause="a surge in traffic on the last day of the financial year", regulator="The central bank"),
  [("Vinod Kulkarni", "managing director of the National Payments Exchange", "Traffic was four times the normal peak"),
   ("Anita Deshpande", "a consumer rights activist", "People could not pay for medicines or train tickets"),
   ("Rahul Bhat", "a tea stall owner in Pune", "Nobody carries cash any more, so nobody paid")],
  ["Banks reported a spike in cash withdrawals during the outage.", "The exchange processes more than 500 million transactions a day."],
  [MC, HH, IL])

E("ev-srilanka-telecom-outage-2021", "outage", "technology", "2021-07-19T04:00",
  dict(service="Serendib Mobile", company="Serendib Telecom", company_short="Serendib", city="Colombo",
       country="Sri Lanka", hours="9", users="6 million", cause="a fibre cut during roadworks in Colombo",
       regulator="The telecommunications regulator"),
  [("Nalin Rodrigo", "chief technology officer of Serendib Telecom", "Two separate fibre routes were cut within minutes of each other"),
   ("Shanika Herath", "a university student", "I missed an online exam because of this"),
   ("Dilan Peiris", "director of the regulator", "We will examine whether the company had proper redundancy")],
  ["Emergency call services were routed through other networks.", "Customers were offered two days of free data as compensation."],
  [LS, MC, HH])

# ---------------------------------------------------------------- more coverage (2019-2026)
E("ev-quake-balochistan-2023", "quake", "society", "2023-09-12T22:10",
  dict(region="Balochistan", town="Khuzdar", city="Quetta", mag="5.9", depth="15", dead="11",
       injured="96", displaced="7,500", agency="Pakistan's meteorological department", hour="around 3 a.m. local time",
       aftershocks="At least 25"),
  [("Naseer Ahmed Zehri", "deputy commissioner of Khuzdar", "Mud houses in the villages collapsed while people slept"),
   ("Gul Bibi", "a resident of a village near Khuzdar", "We dug out my neighbour's children with our hands"),
   ("Dr Shazia Rind", "a geologist at the University of Balochistan", "The region sits where plates grind against each other")],
  ["Army helicopters flew injured people to Quetta.", "Mobile phone networks were down in the district for most of the day."],
  [IL, HH, PC])

E("ev-cyclone-odisha-2025", "storm", "society", "2025-10-24T16:00",
  dict(name="Cyclone Veera", region="the Odisha coast", city="Bhubaneswar", wind="165", rain="310", dead="6",
       evac="1.1 million", missing="3", agency="the India Meteorological Department"),
  [("Sanjay Mohapatra", "Odisha's special relief commissioner", "Zero casualty is always our target, and we came close"),
   ("Laxmi Behera", "a fisherwoman in Puri district", "The sea came up to the temple steps"),
   ("Dr Anupam Das", "a cyclone forecaster", "Veera intensified very quickly in the last 24 hours")],
  ["Trains to and from the coast were cancelled for two days.", "Thousands of trees were uprooted in Bhubaneswar."],
  [MC, HH, PC])

E("ev-bill-cyber-law-bangladesh-2024", "bill", "politics", "2024-09-17T08:00",
  dict(legislature="Bangladeshi parliament", bill_name="Cyber Protection Bill", bill_short="Cyber bill",
       vote_for="212", vote_against="31",
       provision1="removes prison terms for online defamation and replaces them with fines",
       provision1_short="ends jail for online defamation",
       provision2="requires warrants before police can seize phones and laptops",
       country="Bangladesh", city="Dhaka"),
  [("Law Minister Kamrul Ahsan", "who piloted the bill", "Nobody should go to prison for a Facebook post"),
   ("Rumana Chowdhury", "a human rights lawyer", "The old law was used against journalists for years. This is overdue, but it is not enough"),
   ("Opposition MP Shafiqul Islam", "who voted against", "The new offences are still vague and can be abused")],
  ["Dozens of journalists had been charged under the previous law since 2018.", "Press freedom groups welcomed the bill cautiously."],
  [PC, HH, IL, MC])

E("ev-deal-india-airline-2026", "deal", "business", "2026-04-07T05:00",
  dict(buyer="Konkan Air", buyer_short="Konkan", target="Deccan Skyways", target_short="Deccan",
       value="Rs 7,400 crore", sector="aviation", jobs="4,200", country="India", city="Mumbai"),
  [("Rohan Kamath", "chief executive of Konkan Air", "Together we will fly to 64 cities, more than any other low-cost airline"),
   ("Aparna Rao", "an aviation analyst in Bengaluru", "The merger will reduce competition on southern routes, and fares may rise"),
   ("Capt. Vivek Nair", "president of the pilots' union", "We want seniority lists protected for every Deccan pilot")],
  ["Deccan Skyways operates 38 aircraft, mostly from Hyderabad.", "The competition regulator is expected to take several months to review the deal."],
  [MC, HH, IL, SEP])

E("ev-vietnam-phone-2026", "launch", "technology", "2026-06-10T03:00",
  dict(company="Song Hong Electronics", company_short="Song Hong", product="SH Nova 5 smartphone",
       product_short="phone", city="Hanoi", country="Vietnam", price="4.2 million dong",
       spec="a mid-range handset with a five-day battery and software updates promised for six years",
       target="win 10 per cent of Vietnam's smartphone market within two years"),
  [("Dang Thu Trang", "chief executive of Song Hong Electronics", "Six years of updates means you buy a phone, not a problem"),
   ("Hoang Minh Tuan", "an analyst at Ha Noi Securities", "The battery claim will be tested quickly by reviewers"),
   ("Pham Lan Anh", "a university student in Hanoi", "My old phone died in the afternoon. This one might last the weekend")],
  ["The phone is assembled at a plant in Bac Ninh.", "Song Hong sold about 900,000 handsets last year."],
  [MT, HH, SEP])

E("ev-bangkok-metro-outage-2022", "outage", "technology", "2022-09-07T23:30",
  dict(service="the Bangkok Blue Line metro signalling system", company="Krung Metro Operations",
       company_short="The operator", city="Bangkok", country="Thailand", hours="4", users="310,000",
       cause="a software fault in the signalling computers", regulator="The rail transport department"),
  [("Apichart Sriwong", "managing director of Krung Metro Operations", "Safety systems stopped the trains, as they are designed to"),
   ("Natcha Kittisak", "a commuter stuck at Sukhumvit station", "I waited an hour and then walked to the office in the rain"),
   ("Dr Somsak Yodmanee", "a rail engineering professor", "A signalling fault should not take four hours to fix")],
  ["Extra buses were sent to the busiest stations.", "The morning rush hour was the worst affected."],
  [MT, HH, SEP, LS])

E("ev-nepal-bangladesh-power-2025", "bilateral", "diplomacy", "2025-02-11T06:00",
  dict(country_a="Nepal", country_b="Bangladesh", min_a="Nepali Energy Minister Bishnu Adhikari",
       min_b="Bangladeshi State Minister for Power Nazmul Huda", min_a_short="Adhikari", min_b_short="Huda",
       venue="Kathmandu", city="Kathmandu", agreements="three",
       topic_main="a deal for Nepal to sell 500 megawatts of hydropower to Bangladesh through India's grid",
       topic_short="hydropower sale", trade="about $100 million"),
  [("Bishnu Adhikari", "Nepal's energy minister", "Our rivers can light homes far beyond our borders"),
   ("Nazmul Huda", "Bangladesh's state minister for power", "Clean power in the monsoon months will cut our fuel imports"),
   ("Sunita Gurung", "an energy economist in Kathmandu", "Transmission through India is the key, and the fees still need to be agreed")],
  ["Exports are expected to start during next year's monsoon season.", "The price per unit has not been made public."],
  [PC, HH, MC])

E("ev-ph-womens-final-2024", "match", "sport", "2024-11-17T10:00",
  dict(competition="Philippine Women's League final", team_w="Cebu Coral FC", team_l="Manila Tamaraws",
       score_w="2", score_l="1", scorer="Jessa Villareal", minute="81", venue="Rizal Memorial Stadium",
       city="Manila", attendance="11,800", coach_w="Annalyn Sarmiento", coach_l="Ricardo Ong"),
  [("Annalyn Sarmiento", "the Cebu coach", "Eleven thousand people came to watch women's football. That is the real victory"),
   ("Ricardo Ong", "the Tamaraws coach", "We lost concentration for one moment and paid for it"),
   ("Jessa Villareal", "the scorer", "I am seventeen and I just won a final")],
  ["It was a record crowd for a women's club match in the country.", "Cebu came from behind after conceding in the first half."],
  [MD, HH, SEP])


def all_events():
    out = []
    extra = cjk.CJK
    import templates_en
    en = [HH, IL, MC, MD, PC, SEP, MT, LS]
    for i, ev in enumerate(EVENTS):
        ev = dict(ev)
        ev["leads"] = LEADS.get(ev["label"], {})
        ev["heads"] = HEADS.get(ev["label"], {})
        usable = [a for a in templates_en.KINDS[ev["kind"]]
                  if ev["live"] or not a["head"][0].startswith("Live updates")]
        if len(ev["sources"]) == 3 and len(usable) >= 4 and i % 3 != 2:
            spare = [p for p in en if p not in ev["sources"]]
            ev["sources"] = ev["sources"] + [spare[i % len(spare)]]
        ev["cjk"] = extra.get(ev["label"], [])
        out.append(ev)
    # CJK-only events (no English coverage).
    for ev in cjk.CJK_ONLY:
        out.append(dict(ev, kind=None, sources=[], quotes=[], colors=[], facts={}))
    out.sort(key=lambda e: e["when"])
    return out


# Hand-written leads (and a few headlines) for papers whose angle would
# otherwise open generically; they replace the angle's first paragraph.
LEADS = {
    "ev-kalesh-accord-2025": {
        HH: "Six years after their first tentative meeting in this city, the Kalesh regional government and the Upland People's Council signed the Kalesh Comprehensive Peace Accord on Friday, with Malaysia and Norway standing behind them as guarantors.",
        PC: "There have been many false dawns in the Kalesh highlands. Friday's signing of a comprehensive peace accord in Kuala Lumpur, after six years of stop-start negotiations, may be the first real one.",
        MC: "The ink on the Kalesh Comprehensive Peace Accord was barely dry on Friday when both delegations began warning that the hardest work lay ahead: sharing power in the regional assembly and setting up a truth commission to examine two decades of abuses.",
        MT: "Council leaders who spent two decades in the Kalesh hills sat across a table from regional officials in Kuala Lumpur on Friday and signed a peace accord, ending one of the region's longest-running insurgencies.",
    },
    "ev-quake-wakayama-2025": {
        PC: "Nine people died when a shallow magnitude 6.1 earthquake shook Wakayama Prefecture in western Japan in the early hours, toppling old wooden houses in the coastal city of Shingu.",
        MC: "Japanese authorities said on Thursday that nine people had been confirmed dead and 140 injured after an earthquake flattened homes around the Wakayama coastal city of Shingu before dawn.",
    },
    "ev-rail-opening-2026": {
        MT: "Ten years after it was first proposed, the Lintas Selatan Rail Link carried its first paying passengers on Saturday, to cheers from crowds on the platforms.",
        MD: "Malaysia's biggest new railway in a generation opened on Saturday, as the first passenger trains ran from Kuala Lumpur all the way to the southern coast.",
    },
    "ev-selu-treaty-2026": {
        SEP: "Thailand and Laos on Thursday signed a 25-year treaty on the Selu River, closing a dispute over dry-season water that has soured relations between farmers on the two banks for more than two decades.",
    },
    "ev-garment-strike-2023": {
        IL: "Tens of thousands of garment workers poured out of factories in Ashulia and Gazipur on Wednesday, blocking highways around Dhaka as their demand for a minimum monthly wage of 23,000 taka brought the industry to a standstill.",
        HH: "Bangladesh's garment exporters said on Wednesday that a walkout by about 150,000 workers demanding higher pay was costing them orders, as more than 300 factories around Dhaka stayed shut.",
    },
    "ev-storm-marisol-2020": {
        SEP: "Rescuers in the Bicol region were still searching for 11 people on Thursday as Typhoon Marisol blew out to sea, leaving flooded towns, broken power lines and at least 16 dead.",
    },
}
HEADS = {
    "ev-kalesh-accord-2025": {MC: "Kalesh accord signed, but the hard part starts now",
                              PC: "Editorial: the Kalesh accord must not become another false dawn"},
    "ev-rail-opening-2026": {MD: "Lintas Selatan line opens to passengers"},
}
