"""The Indus Courier (Karachi). Fictional."""

P = "indus-courier"

ARTICLES = [
dict(paper=P, slug="relief-flight-cyclone-sarai",
     title="Pakistan readies relief flight as Cyclone Sarai pounds Bangladesh coast",
     standfirst="A transport aircraft loaded with tents, rations and medicine will leave Karachi on Friday, officials said, as the storm's death toll in Bangladesh rose to 11.",
     authors=["Sana Qureshi"], published="2026-11-19T06:30:00Z", section="diplomacy",
     event="cyclone-sarai", tags=["Cyclone Sarai", "Bangladesh", "Disaster relief"],
     bio="Sana Qureshi is the Courier's diplomatic correspondent. She has covered South Asian regional affairs since 2012.",
     image=("cyclone-relief", "Relief supplies are loaded at a warehouse near Karachi airport on Thursday.", "Imran Shaikh", "Relief cargo, Karachi"),
     body="""
Pakistan will fly emergency supplies to Bangladesh on Friday after Cyclone Sarai slammed into the coast between Chattogram and Cox's Bazar early on Thursday, killing at least 11 people and forcing about 1.2 million to take refuge in cyclone shelters.

The storm crossed land near Kutubdia island at around 3am Bangladesh time with sustained winds of about 150 kilometres per hour, according to the Storm Warning Centre in Dhaka. Bangladeshi authorities had raised the great danger signal number 10, the highest on their scale, on Wednesday evening.

A Foreign Office spokesperson told reporters in Islamabad that a transport aircraft would leave Karachi carrying 40 tonnes of relief goods, including tents, dry rations, water purification tablets and basic medicines. A second consignment would follow by sea if Bangladesh requested it, she said.

"We are in touch with the authorities in Dhaka and will be guided by what they need most," the spokesperson said. "Our thoughts are with the families who have lost loved ones."

The National Disaster Management Authority said the goods had been drawn from stocks kept in Karachi for the monsoon season, which meant the flight could be arranged within a day. Saima Jatoi, a spokesperson for the authority, said the consignment had been packed to the specifications requested by Bangladesh's disaster management ministry during a similar exercise two years ago.

In Bangladesh, Kamrul Hasan Mridha, senior secretary at the Ministry of Disaster Management and Relief, said the 11 confirmed deaths had mostly been caused by falling trees and collapsing mud houses. He warned that the toll could rise once rescue teams reached low-lying islands that remained cut off by a storm surge of 2.5 to 3 metres.

The port of Chattogram, through which most of Bangladesh's garment exports pass, suspended operations for at least 36 hours, and about 70 vessels were moved to the outer anchorage before the storm arrived.

Forecasters in Karachi said Sarai posed no threat to Pakistan's coastline. The Pakistan Meteorological Department said the system was weakening rapidly over the hills east of Chattogram and was expected to become a deep depression by Thursday evening.

Pakistan last sent a relief flight to Bangladesh after floods in the country's northeast, and officials described Friday's flight as part of a quiet improvement in ties. Trade between the two countries has grown steadily since direct shipping between Karachi and Chattogram resumed.

Diplomats in Islamabad said the gesture carried weight beyond its size. "Forty tonnes will not rebuild a coastline," said a retired ambassador who served in Dhaka. "But it is noticed, and it is remembered."

Relief agencies in Karachi also opened collection points for donations. The volunteer network run by the Saddar Welfare Trust said it had received more than 2,000 calls from residents wanting to contribute clothing and blankets by Thursday afternoon.
"""),

dict(paper=P, slug="karachi-port-terminal-dwell-time",
     title="Karachi port's new terminal cuts container waiting time by a third",
     standfirst="Automated gates and a single digital clearance window have reduced the time boxes spend on the quay, but truckers say the roads outside have not kept pace.",
     authors=["Farhan Abbasi"], published="2026-11-10T04:00:00Z", section="business",
     tags=["Karachi Port", "Shipping", "Logistics"],
     bio="Farhan Abbasi covers trade, shipping and energy for the Courier's business desk.",
     image=("port-cranes", "Ship-to-shore cranes at the new terminal at Karachi port.", "Imran Shaikh", "Karachi port"),
     body="""
Containers arriving at Karachi's newest terminal are leaving the port about a third faster than they did a year ago, according to figures released by the terminal operator on Monday, a sign that a long-delayed push to digitise customs clearance is starting to pay off.

The average dwell time for import containers at the West Wharf Container Terminal fell to 4.1 days in October from 6.3 days in the same month last year, the operator said. Export boxes now spend an average of 2.2 days in the yard before loading.

Much of the improvement is credited to automated gates, which read container numbers and truck plates with cameras, and to a single digital window that lets importers pay duties, submit inspection documents and book a collection slot in one place.

"Before, a clearing agent would physically run between four offices with a file," said Nasir Lakhani, who has worked as a customs agent at the port for 22 years. "Now most of my consignments are cleared before the ship has finished unloading. I have had to learn to use a tablet, but I am not complaining."

The terminal, built at a cost of about $400 million, opened in phases from 2024 and can now handle 1.1 million twenty-foot equivalent units a year. Its operator said it was on course to handle 780,000 units in 2026.

## Bottlenecks outside the gate

Transporters, however, say the gains inside the port are being lost on the roads outside it. Trucks still queue for hours on the approach roads because heavy vehicles are banned from large parts of the city during the day.

"The box is ready in two days and then it waits for my truck, which is stuck behind a barrier near Mauripur," said Ghulam Rasool Khoso, who runs a fleet of 35 trailers. He said his drivers made an average of 1.4 round trips a day, down from two before the restrictions were tightened.

The Karachi Chamber of Commerce has asked the provincial government to open a dedicated freight corridor to the port, a project that has been discussed for more than a decade. A spokesperson for the Sindh transport department said a feasibility study would be completed by March.

Shipping lines have begun to notice the change. Two Gulf-based feeder services added Karachi calls in September, citing faster turnaround, and a senior executive at one of them said berthing delays had fallen from three days to less than one.

Economists say faster clearance matters beyond the port. A working paper published by the Institute of Business Economics in Karachi this year estimated that every day a container spends in port adds roughly 0.8 per cent to the cost of the goods inside it, a burden that falls hardest on small exporters with thin margins.
"""),

dict(paper=P, slug="sindh-water-metering-bill",
     title="Sindh assembly passes water metering bill after stormy session",
     standfirst="The law requires meters on all bulk connections in Karachi within three years. Opposition members walked out, calling it a tax on the poor.",
     authors=["Nadia Rind"], published="2026-11-17T16:40:00Z", section="politics",
     tags=["Sindh Assembly", "Water", "Karachi"],
     bio="Nadia Rind is the Courier's political correspondent in Karachi and covers the Sindh Assembly.",
     image=("assembly-hall", "The Sindh Assembly building in Karachi.", "Rashid Ali", "Sindh Assembly"),
     body="""
The Sindh Assembly on Tuesday passed a bill requiring water meters on every bulk and commercial connection in Karachi within three years, after a session marked by shouting, a brief suspension and an opposition walkout.

The Sindh Water Measurement and Conservation Bill was approved by a voice vote shortly before 9pm. It obliges the Karachi water utility to install meters on about 120,000 bulk, industrial and commercial connections by the end of 2029 and to begin billing them by volume rather than by the size of the pipe.

Household connections are excluded for now, but the law allows the provincial cabinet to extend metering to homes after a review in 2028.

Moving the bill, the provincial minister for local government said the city could not keep losing water it could not measure. "We do not know how much water goes where. You cannot manage what you cannot count," he told the house. Officials estimate that more than a third of the water supplied to Karachi is lost to leaks and illegal connections before it reaches a legitimate consumer.

Opposition members argued that the cost of meters would be passed on to tenants and small shopkeepers. They also accused the government of preparing the ground for privatisation of the utility, a charge the minister denied.

"First give people water, then send them a bill," an opposition lawmaker from Korangi said before leading a walkout. The Speaker suspended proceedings for 20 minutes after members gathered around the treasury benches.

## Tanker mafia in the crosshairs

The law also creates an offence of operating an unmetered hydrant, punishable by a fine of up to Rs5 million and imprisonment for up to three years. Karachi's network of illegal hydrants, which sell piped water to tanker operators, has long been blamed for shortages in low-income neighbourhoods.

Residents of areas such as Orangi and Baldia say they routinely pay for tanker deliveries of water that should reach them through the mains. A survey by the Urban Resource Forum last year found that households in these areas spent an average of Rs4,500 a month on tanker water.

Urban planners broadly welcomed the bill but warned that enforcement would decide its fate. "Karachi has had good laws on paper before," said Farzana Memon, an urban planner who advised the assembly's standing committee. "The test is whether meters are read, bills are collected and hydrant owners are actually prosecuted."

The bill now goes to the governor for assent, which is expected within two weeks.
"""),

dict(paper=P, slug="hyderabad-hawks-t20-title", label="Cricket",
     title="Hyderabad Hawks win domestic T20 title off the final ball",
     standfirst="Left-hander Zeeshan Malik's boundary sealed a three-wicket win over Multan Miners in front of a full house at the National Stadium.",
     authors=["Usman Tariq"], published="2026-11-15T18:40:00Z", section="sport",
     tags=["Cricket", "National T20 Cup"],
     bio="Usman Tariq is the Courier's cricket correspondent.",
     image=("stadium-night", "Hyderabad Hawks players celebrate at the National Stadium on Sunday night.", "Kashif Baig", "National Stadium"),
     body="""
Zeeshan Malik swung the last ball of the match over extra cover for four as Hyderabad Hawks beat Multan Miners by three wickets to win the National T20 Cup for the first time on Sunday night.

Needing 11 from the final over, bowled by the experienced seamer Adnan Chaudhry, Hyderabad lost a wicket to the second ball and scrambled singles from the next three before Malik, on 38, backed away and found the gap.

"I told myself he would go wide yorker, because that is what he had been doing all evening," said Malik, 23, who finished unbeaten on 42 from 29 balls. "I just made room and trusted my hands."

Multan had posted 171 for six after choosing to bat. Their captain, Waqas Jilani, made 64, but the innings lost momentum after the leg-spinner Hasnain Shah took three wickets for 24 in the middle overs.

Hyderabad's chase began badly when they slipped to 36 for three, but a partnership of 77 between Malik and the wicketkeeper Raheel Anwar kept them in touch with the required rate.

The title is the first for a Hyderabad side in the competition's history, and several hundred supporters who had travelled by bus from the city danced in the stands after the winning boundary.

Jilani was gracious in defeat. "We had them where we wanted them, and a young man took the game away from us," he said. "That is a good problem for Pakistan cricket to have."

The victory was also a personal triumph for Hyderabad's coach, former Test opener Kamran Hyder, who took over a side that finished bottom of the table two seasons ago. He has built the team around young players from the interior of Sindh, several of whom were spotted at regional trials in Sukkur and Larkana.

"Two years ago, nobody wanted to play for us. Now boys are asking how they can get a trial," Hyder said. "This title is for every small-town cricketer who was told he was not good enough."

Shah was named player of the tournament for his 19 wickets at an economy rate of 6.4.
"""),

dict(paper=P, slug="lahore-urdu-speech-model-open-source",
     title="Lahore start-up releases Urdu speech recognition model for free",
     standfirst="The model was trained on 9,000 hours of recordings collected with consent from volunteers in 60 districts, its developers say.",
     authors=["Hamza Siddiqui"], published="2026-11-05T07:00:00Z", section="technology",
     tags=["Artificial intelligence", "Urdu", "Start-ups"],
     bio="Hamza Siddiqui writes about technology and telecoms for the Courier from Lahore.",
     image=("code-screen", "Engineers at the start-up's office in Lahore's Gulberg district.", "Ayesha Kamran", "Lahore lab"),
     body="""
A Lahore start-up has released a speech recognition system for Urdu under an open licence, betting that making it free will do more for the language, and eventually for its business, than keeping it to itself.

Awaz Labs said on Wednesday that its model, called Sunwai, correctly transcribed 91 per cent of words in a test set of everyday speech, including recordings made in noisy markets and on poor mobile connections. Commercial systems tested on the same recordings scored between 78 and 85 per cent, the company said.

The model was trained on about 9,000 hours of speech collected over two years from volunteers in 60 districts, who were paid for their time and signed consent forms allowing their voices to be used, said Mehreen Aslam, the company's co-founder and chief executive.

"Most of the Urdu data on the internet is news anchors and film dialogue," she said. "People in Bahawalpur or Mardan do not speak like that. We wanted the shopkeeper, the grandmother, the rickshaw driver."

Speakers of Punjabi, Sindhi, Pashto and Saraiki who mix their own languages with Urdu were deliberately included, which the developers say makes the model more useful in the real world than systems trained on standard speech.

The release includes the model itself and the code used to train it, but not the raw recordings, which the company says it is keeping private to protect contributors' identities.

Independent researchers welcomed the move. Dr Kamran Raza, who teaches computational linguistics at a public university in Islamabad, said his students had already begun testing Sunwai. "A free, good model changes what a master's student can build in a semester," he said. "It will show up in hospital triage lines, in agricultural helplines, in court transcription."

Awaz Labs, which employs 28 people, plans to earn money by selling support and customised versions to banks and telecom companies. It raised $2.5 million from local and Gulf investors last year.

The government's digital policy unit said it would consider using the model in its citizen complaint portal, which currently accepts only typed submissions.
"""),

dict(paper=P, slug="karachi-oldest-bookshop-reopens",
     title="Karachi's oldest bookshop reopens after flood repairs",
     standfirst="Water reached the lower shelves in August. Three months, hundreds of volunteers and one very patient bookbinder later, the doors are open again.",
     authors=["Zoya Mirza"], published="2026-10-28T05:00:00Z", section="society",
     tags=["Books", "Saddar", "Heritage"],
     bio="Zoya Mirza writes about culture and city life for the Courier's Life & Style pages.",
     image=("bookshop", "Customers browse the restored shelves at the bookshop in Saddar.", "Rashid Ali", "Saddar bookshop"),
     body="""
For 92 years, Mehta & Sons has sold books from the same narrow building off Saddar's Regal Chowk. In August, for the first time in living memory, it closed for more than a day.

Monsoon rains that flooded much of the old city in the last week of the month sent water into the shop's ground floor, where it rose to about 40 centimetres and stayed for two days. Some 6,000 books on the lower shelves were soaked.

On Monday, the shop reopened, its shelves repainted and restocked, with a table near the door stacked with water-marked volumes sold at a tenth of the cover price.

"We thought about closing for good," said Dinshaw Mehta, 71, the grandson of the founder. "I am an old man. My children live abroad. But people kept coming to the door asking what they could do."

What they did was considerable. Over six weekends, volunteers recruited through a neighbourhood social media group carried wet books to the roof, where they were dried under fans and interleaved with paper towels. A retired bookbinder from Kharadar, Abdul Ghani, rebound more than 300 books he judged worth saving, including a run of early Urdu literary magazines that Mehta said he had never intended to sell.

"Paper is stronger than people think," Ghani said. "The glue goes and the covers go, but the pages usually forgive you."

The restoration was paid for by a fundraiser that collected about Rs3.8 million in small donations. A design student redrew the shop's faded hand-painted sign, which now hangs over the door again.

The shop's survival has become a small symbol for those who worry about Saddar's decline. Many of the area's colonial-era buildings are in poor repair, and several bookshops and music stores that once lined its streets have given way to mobile phone markets.

Mehta says he has no illusions. "A bookshop does not survive on goodwill, it survives on people buying books," he said, ringing up a customer's purchase of a water-marked atlas. "So please, buy books."
"""),

dict(paper=P, slug="pakistan-uzbekistan-rail-feasibility",
     title="Pakistan and Uzbekistan sign deal on rail link feasibility study",
     standfirst="The two governments will split the cost of a two-year study of a line that would cross Afghanistan and connect Central Asia to the Arabian Sea ports.",
     authors=["Sana Qureshi"], published="2026-10-20T10:00:00Z", section="diplomacy",
     tags=["Uzbekistan", "Railways", "Regional connectivity"],
     bio="Sana Qureshi is the Courier's diplomatic correspondent. She has covered South Asian regional affairs since 2012.",
     image=("rail-line", "A freight train on the main line near Rohri.", "Kashif Baig", "Freight line"),
     body="""
Pakistan and Uzbekistan on Tuesday signed an agreement to jointly fund a detailed feasibility study for a railway that would link Central Asia with Pakistan's seaports through Afghanistan, reviving a plan that has been discussed for the better part of a decade.

The agreement was signed in Islamabad by officials of the two countries' railway ministries. Each side will contribute half of the estimated $18 million cost of the study, which is to be completed within 24 months.

The proposed line would run about 760 kilometres from Termez on the Uzbek border through Mazar-i-Sharif and Kabul to Peshawar, crossing some of the most difficult terrain in the region. Early estimates put its cost at between $5 billion and $7 billion.

Officials said the study would examine the route, the gauge, financing options and security arrangements. The difference between the broad Russian gauge used in Central Asia and the broad Indian gauge used in Pakistan is among the technical questions to be settled.

A Pakistani official involved in the talks said the study was a "serious step" but cautioned against expecting construction soon. "A feasibility study is where projects are either made real or quietly buried," he said. "We intend this one to be made real."

Business groups in Karachi welcomed the agreement. Uzbek cotton and fertiliser exporters currently route much of their cargo through Iranian or Baltic ports, and the proposed line could cut transit times to the Arabian Sea to under a week.

Analysts noted that the project depends heavily on conditions in Afghanistan, where the authorities have expressed support for the line. Previous regional rail and pipeline schemes crossing the country have stalled for years.

The two sides also agreed to open a joint working group on customs procedures for goods already moving by road between the two countries.
"""),

dict(paper=P, slug="textile-exporters-gas-tariff",
     title="Textile exporters warn of mill closures over gas price rise",
     standfirst="The industry says a 28pc increase in the gas tariff for captive power will make Pakistani yarn uncompetitive against regional rivals.",
     authors=["Farhan Abbasi"], published="2026-09-30T06:00:00Z", section="business",
     tags=["Textiles", "Energy", "Exports"],
     bio="Farhan Abbasi covers trade, shipping and energy for the Courier's business desk.",
     image=("textile-mill", "Spinning machines at a mill on the outskirts of Faisalabad.", "Ayesha Kamran", "Spinning mill"),
     body="""
Textile manufacturers warned on Tuesday that dozens of spinning mills could close before the end of the year after the energy regulator approved a 28 per cent increase in the price of gas supplied to factories that generate their own electricity.

The new tariff, which takes effect on October 1, raises the price for so-called captive power plants to Rs4,200 per million British thermal units. The regulator said the increase was needed to bring prices in line with the cost of imported liquefied natural gas.

Representatives of the textile industry, which accounts for more than half of Pakistan's exports, said at a press conference in Karachi that the decision would raise their production costs by about 9 per cent.

"Our competitors in Bangladesh, India and Vietnam are paying less for energy, and our buyers in Europe do not care about our circular debt," said the chairman of a leading spinners' association. "They will simply place orders elsewhere."

He said 31 mills had shut partially or completely in the past 12 months, and claimed that another 40 were at risk. The figures could not be independently verified.

Officials at the petroleum division said industry could switch to electricity from the national grid, which has surplus capacity and where industrial tariffs were cut in July. But mill owners say grid supply is unreliable in many industrial areas and that switching requires new investment.

Economists were divided. Some said the gas subsidy for captive power had long been an inefficient use of scarce fuel; others warned that a sudden increase in a weak economy risked job losses.

Textile exports rose 4 per cent in the first two months of the fiscal year, according to official data, helped by stronger demand for home textiles in the United States.
"""),

dict(paper=P, slug="balochistan-local-polls-turnout",
     title="Turnout tops 50pc in Balochistan local elections",
     standfirst="Voting passed off largely peacefully across 34 districts, though polling was suspended at 17 stations after disputes between rival candidates.",
     authors=["Amina Baloch"], published="2026-09-12T16:00:00Z", section="politics",
     tags=["Balochistan", "Local government", "Elections"],
     bio="Amina Baloch is the Courier's Quetta correspondent.",
     dateline="Quetta",
     image=("polling-station", "Voters queue outside a polling station in Quetta on Saturday.", "Naveed Jamali", "Polling day, Quetta"),
     body="""
More than half of registered voters cast ballots in local government elections across Balochistan on Saturday, provincial election officials said, a higher turnout than in the province's previous local polls and a result officials described as a vote of confidence in elected councils.

The provincial election commissioner told reporters in Quetta that provisional figures showed a turnout of 52.6 per cent across 34 districts. In the previous local elections, turnout was just under 44 per cent.

Polling was largely peaceful, officials said, though voting was suspended at 17 polling stations after disputes between supporters of rival candidates. Re-polling at those stations will be held next Saturday.

Women voted in noticeably greater numbers in several districts, according to observers from a coalition of civil society groups that deployed 1,200 monitors. In Turbat, women formed long queues from early morning, and separate polling booths staffed by female officials were set up in most urban stations.

"My daughter told me that if I do not vote, I have no right to complain about the drains," said Gul Bibi, 58, a schoolteacher in Quetta's Satellite Town. "So I came."

More than 18,000 candidates contested about 6,000 seats for union councils, municipal committees and district councils. Independent candidates were expected to win a large share of seats, as in previous local polls, though many are likely to align with provincial parties after the results.

Elected councils in Balochistan have historically had limited powers and budgets, and their terms have often lapsed without new elections being called. Local government activists said the higher turnout showed that residents wanted functioning councils, and urged the provincial government to transfer funds promptly.

Security was tight across the province, with more than 40,000 police, Levies and Frontier Corps personnel deployed. Mobile phone service was suspended in parts of four districts for several hours on polling day, which officials said was a precaution. Observers said the suspension had made it harder for polling staff to report problems.

Results for most union councils are expected by Monday.
"""),

dict(paper=P, slug="karachi-circular-railway-survey-2018", encoding="WINDOWS-1252", http_charset="windows-1252",
     title="Circular railway revival: fresh survey to map encroachments",
     standfirst="Railway officials say a door-to-door survey along the 43km loop will be completed within three months — the first step towards bringing trains back.",
     authors=["Tariq Memon"], published="2018-05-22T05:00:00Z", section="business",
     tags=["Karachi Circular Railway", "Transport"],
     bio="Tariq Memon covered transport and urban affairs for the Courier until 2020.",
     image=("old-station", "The disused platform at a circular railway station in Gilani.", "Rashid Ali", "Old station, 2018"),
     body="""
Railway officials on Monday launched a fresh survey of the route of the Karachi Circular Railway, saying they would map every structure built on the 43-kilometre loop before any decision is taken on removing encroachments or relocating residents.

The railway stopped running in 1999, and in the years since, homes, shops, workshops and even a café have been built along and sometimes directly on the track bed. Officials estimate that between 4,000 and 5,000 structures now stand on railway land along the route.

“We are not going in with bulldozers,” said a divisional superintendent who briefed reporters at the Cantt station. “We are going in with tape measures and forms. Nobody will be moved without a record being made and a plan being in place.”

Teams of surveyors, accompanied by officials of the provincial land department, will visit each structure and record its size, use, and the number of people living or working there. The survey is expected to take three months.

Transport planners have long argued that a revived circular railway would ease pressure on Karachi’s roads, where more than 4 million people commute every day, many of them in overcrowded minibuses. A modernised line could carry up to 450,000 passengers a day, according to a 2012 study.

Residents of neighbourhoods along the route say they have heard such promises before. “Every two years someone comes and paints numbers on our walls,” said Shabbir Hussain, who runs a tea stall near Gilani station. “Then nothing. We are not against the train. We are against being thrown out with nowhere to go.”

Housing rights groups have demanded that any resettlement plan be agreed with residents before demolitions begin, and that alternative plots be allocated within reasonable distance of people’s workplaces.

Officials said financing for the revival had not yet been finalised, though talks with potential lenders were continuing.
"""),

dict(paper=P, slug="women-hockey-asian-qualifiers-2021",
     title="Women's hockey team returns home with lessons and a first win",
     standfirst="Pakistan finished fifth of six at the qualifiers, but their victory over Hong Kong was the side's first at this level in eight years.",
     authors=["Usman Tariq"], published="2021-10-24T09:00:00Z", section="sport",
     tags=["Hockey", "Women's sport"],
     bio="Usman Tariq is the Courier's cricket correspondent and also covers hockey.",
     image=("hockey-pitch", "Members of the women's hockey squad arrive at Karachi airport.", "Kashif Baig", "Hockey squad"),
     body="""
Pakistan's women's hockey team arrived home on Sunday after finishing fifth of six teams at the Asian qualifying tournament, a result that would ordinarily attract little notice but which players and coaches described as a turning point.

The side beat Hong Kong 2-1 in their final group match, their first win at this level in eight years, with goals from the forward Rabia Nawaz and the captain, Sidra Khokhar.

"When we started, people asked why we were even going," said Khokhar, 27, after the team was greeted by families and a small group of supporters at the airport. "Now they know why. We went to play, and we won a match."

The squad had only two months of residential training before the tournament and played most of its practice matches against boys' teams from schools in Lahore because of a shortage of women's sides at home.

Head coach Ghazala Pervaiz said the federation needed to organise a regular domestic competition for women. "Talent is not the problem. Matches are the problem," she said. "A player who plays 10 competitive games a year cannot compete with one who plays 40."

Pakistan lost their opening three matches, including a 6-0 defeat by the eventual winners, before drawing with Kazakhstan and then beating Hong Kong. Coaches said the team had improved steadily as the tournament went on and players grew used to the pace of international hockey.

Nawaz, 19, scored the equaliser against Hong Kong with a reverse-stick shot from the top of the circle, and Khokhar converted a penalty corner eight minutes from the end. Goalkeeper Mehwish Ali made several saves in the closing minutes as Hong Kong pressed for an equaliser.

Several players combine hockey with studies or jobs. Two are teachers, one works at a bank, and four are university students who had to seek permission to miss examinations.

The federation said it would hold a national women's championship in February.
"""),

dict(paper=P, slug="satellite-broadband-northern-valleys",
     title="Regulator approves satellite broadband for northern valleys",
     standfirst="Two operators will offer low-orbit satellite internet in Gilgit-Baltistan and Chitral from early next year, with subsidised terminals for schools and clinics.",
     authors=["Hamza Siddiqui"], published="2026-11-20T08:00:00Z", section="technology",
     tags=["Internet", "Gilgit-Baltistan", "Telecoms"],
     bio="Hamza Siddiqui writes about technology and telecoms for the Courier from Lahore.",
     image=("mountain-dish", "A satellite dish outside a school in the Hunza valley.", "Naveed Jamali", "Hunza valley"),
     body="""
The telecoms regulator on Friday granted licences to two companies to provide low-orbit satellite internet in Gilgit-Baltistan and Chitral, where mountainous terrain has kept many villages without reliable broadband.

The licences allow the operators to sell terminals and service to households and businesses from January. A government fund for universal service will pay for terminals at 400 schools and 150 basic health units in the first year, the regulator said.

Officials said speeds of 50 to 150 megabits per second would be available in valleys where mobile data is currently patchy or absent. The monthly subscription is expected to cost between Rs6,000 and Rs9,000, well above what most households pay for mobile data but comparable to fibre connections in cities.

"For a doctor in a village clinic, the question is not whether it is expensive, it is whether the video call connects," said Dr Shaheen Hunzai, who runs a telemedicine programme linking clinics in the region to specialists in Islamabad. "Half our consultations currently fail because of the connection."

Tourism operators also welcomed the decision. Hotels in Hunza and Skardu say foreign visitors increasingly expect to work remotely during longer stays.

The regulator said both operators would be required to route traffic through gateways in Pakistan and comply with the same lawful interception rules as other internet providers. Digital rights groups criticised the conditions, saying they extended surveillance powers without judicial oversight.

Schools in Gilgit-Baltistan have long struggled with a shortage of qualified teachers in subjects such as physics and mathematics. Education officials said satellite connections would allow remote classes taught by teachers in Gilgit and Islamabad, and give students access to online examination preparation.

The licences follow more than two years of consultation, during which the government also considered whether satellite services would undercut the business of fibre and mobile operators. Officials said satellite coverage would be limited to areas where terrestrial networks were not commercially viable.
"""),

# Urdu-language stories from the Courier's Urdu desk: right-to-left pages
# (html lang="ur" dir="rtl") with the paper's chrome in Urdu.
dict(paper=P, slug="ibrahim-hyderi-reading-room-ur", lang="ur",
     title="ابراہیم حیدری میں ماہی گیروں کے بچوں کے لیے پہلا دارالمطالعہ کھل گیا",
     standfirst="جال رکھنے کے ایک پرانے گودام کو ماہی گیروں کی تعاونی انجمن نے کتب خانے میں بدل دیا ہے، جہاں ہر شام سو سے زیادہ بچے پڑھنے آتے ہیں۔",
     authors=["مریم کھوسو"], published="2026-11-21T05:00:00Z", section="society",
     tags=["ابراہیم حیدری", "تعلیم", "کتب خانے"],
     bio="مریم کھوسو دی انڈس کوریئر کی اردو ویب سائٹ کے لیے کراچی کی ساحلی بستیوں سے رپورٹنگ کرتی ہیں۔",
     image=("reading-room", "ابراہیم حیدری کے دارالمطالعہ میں بچے شام کی کلاس کے دوران۔", "Imran Shaikh", "Ibrahim Hyderi reading room"),
     body="""
کراچی کے ساحلی علاقے ابراہیم حیدری میں ماہی گیروں کی ایک تعاونی انجمن نے جال اور کشتیوں کا سامان رکھنے والے ایک پرانے گودام کو بچوں کے دارالمطالعہ میں تبدیل کر دیا ہے۔ اتوار کو باقاعدہ افتتاح کے بعد سے ہر شام سو سے زیادہ بچے یہاں کتابیں پڑھنے اور اسکول کا کام کرنے آ رہے ہیں۔

انجمن کے صدر عبدالرزاق ملاح نے بتایا کہ گودام برسوں سے خالی پڑا تھا کیونکہ اب زیادہ تر ماہی گیر اپنا سامان کشتیوں پر ہی رکھتے ہیں۔ "ہم نے سوچا کہ جس جگہ کبھی جال سوکھتے تھے، وہاں اب بچوں کے خواب پلیں،" انہوں نے کہا۔ انجمن کے 240 ارکان نے تین مہینے تک ہر ہفتے اپنی آمدنی کا ایک حصہ اس کام کے لیے دیا۔

دارالمطالعہ میں اس وقت تقریباً 3,000 کتابیں ہیں جن میں اردو، سندھی اور انگریزی کی کہانیاں، نصابی کتب اور سمندری حیات پر تصویری کتابیں شامل ہیں۔ زیادہ تر کتابیں شہر کے مختلف اسکولوں اور شہریوں نے عطیہ کی ہیں۔ دیواروں پر مقامی مصوروں نے کشتیوں، مچھلیوں اور تمر کے جنگلات کی تصویریں بنائی ہیں۔

## شام کی کلاسیں

یہاں پڑھانے والی رضاکار استانی نسرین بلوچ کا کہنا ہے کہ علاقے کے بہت سے بچے دن میں اپنے والدین کے ساتھ مچھلی صاف کرنے یا جال مرمت کرنے کا کام کرتے ہیں، اس لیے دارالمطالعہ شام چار بجے سے رات آٹھ بجے تک کھلا رہتا ہے۔ "یہ بچے ذہین ہیں، بس انہیں بیٹھ کر پڑھنے کے لیے ایک پُرسکون جگہ چاہیے تھی،" انہوں نے کہا۔

بارہ سالہ ثنا، جس کے والد گہرے سمندر میں مچھلی پکڑنے جاتے ہیں، روز اپنے چھوٹے بھائی کے ساتھ یہاں آتی ہے۔ اس نے بتایا کہ گھر میں بجلی اکثر چلی جاتی ہے اور کمرے میں جگہ بھی کم ہے، لیکن یہاں پنکھا بھی ہے اور روشنی بھی۔ "میں یہاں سے کتابیں گھر بھی لے جاتی ہوں اور امی کو کہانیاں سناتی ہوں،" اس نے مسکراتے ہوئے کہا۔

انجمن کو اب بھی کئی مشکلات کا سامنا ہے۔ گودام کی چھت برسات میں ٹپکتی ہے اور بجلی کا بل ارکان کے چندے سے ادا ہوتا ہے۔ عبدالرزاق ملاح نے کہا کہ وہ شہری انتظامیہ سے درخواست کریں گے کہ دارالمطالعہ کو سرکاری کتب خانوں کے نظام میں شامل کیا جائے تاکہ اسے مستقل فنڈ مل سکیں۔

محکمہ تعلیم کے ایک افسر نے، جو اپنا نام ظاہر نہیں کرنا چاہتے تھے، کہا کہ محکمہ اس تجویز کا جائزہ لے گا۔ ان کے مطابق ساحلی بستیوں میں اسکول چھوڑنے والے بچوں کی شرح شہر کے دوسرے علاقوں سے کہیں زیادہ ہے، اور ایسے منصوبے یہ فرق کم کرنے میں مدد دے سکتے ہیں۔
"""),

dict(paper=P, slug="hyderabad-bangle-makers-online-orders-ur", lang="ur",
     title="حیدرآباد کی چوڑی ساز خواتین نے براہ راست آن لائن آرڈر لینا شروع کر دیے",
     standfirst="گھروں میں چوڑیوں پر نگینے جڑنے والی تین سو خواتین کی ایک انجمن اب خریداروں کو براہ راست مال بیچ رہی ہے اور بیچ کے ٹھیکیداروں سے نجات چاہتی ہے۔",
     authors=["عرفان قائم خانی"], published="2026-11-09T11:00:00Z", section="business",
     tags=["حیدرآباد", "چوڑیاں", "خواتین", "ای کامرس"],
     bio="عرفان قائم خانی حیدرآباد میں دی انڈس کوریئر کے نامہ نگار ہیں اور صنعت و تجارت پر لکھتے ہیں۔",
     image=("glass-bangles", "حیدرآباد میں ایک کاریگر خاتون کانچ کی چوڑیوں پر نگینے جڑ رہی ہیں۔", "Imran Shaikh", "Hyderabad glass bangles"),
     body="""
حیدرآباد میں گھروں پر کام کرنے والی چوڑی ساز خواتین کی ایک انجمن نے اپنی ویب سائٹ اور موبائل پیغامات کے ذریعے براہ راست آرڈر لینا شروع کر دیے ہیں۔ انجمن کا کہنا ہے کہ پہلے مہینے میں ملک بھر سے 1,800 سے زیادہ آرڈر آئے، جن میں سے زیادہ تر شادیوں کے موسم کے لیے تھے۔

شہر میں کانچ کی چوڑیاں بنانے کا کام بہت پرانا ہے۔ چوڑیاں کارخانوں میں ڈھلتی ہیں، لیکن ان کی سجاوٹ، یعنی نگینے جڑنا، رنگ بھرنا اور جوڑ لگانا، زیادہ تر عورتیں اپنے گھروں میں کرتی ہیں۔ یہ کام ٹھیکیداروں کے ذریعے آتا ہے جو تیار مال اٹھا کر بازار میں بیچتے ہیں۔

انجمن کی سربراہ رخسانہ پٹھان نے بتایا کہ ایک درجن چوڑیوں پر نگینے جڑنے کا معاوضہ ٹھیکیدار سے اب بھی چند روپے ہی ملتا ہے، جبکہ وہی سیٹ دکانوں میں کئی سو روپے میں بکتا ہے۔ "انگلیاں ہماری زخمی ہوتی ہیں اور منافع کوئی اور لے جاتا ہے،" انہوں نے کہا۔ "اب خریدار کو معلوم ہے کہ اس کی چوڑی کس نے بنائی ہے۔"

## تصویر، قیمت اور ڈاک

انجمن کی ویب سائٹ ایک مقامی یونیورسٹی کے کمپیوٹر سائنس کے دو طلبہ نے بلا معاوضہ بنائی ہے۔ ہر سیٹ کی تصویر کے ساتھ اسے بنانے والی خاتون کا پہلا نام اور محلہ لکھا ہوتا ہے۔ خریدار رقم بینک کی ایپ یا منی آرڈر کے ذریعے بھیج سکتے ہیں، اور پارسل تین سے پانچ دن میں پہنچ جاتا ہے۔

لطیف آباد کی رہنے والی چھیالیس سالہ شمیم بانو پچھلے بیس برس سے یہ کام کر رہی ہیں۔ انہوں نے بتایا کہ آن لائن آرڈروں سے ان کی ماہانہ آمدنی تقریباً دگنی ہو گئی ہے۔ "پہلے ہم وہی بناتے تھے جو ٹھیکیدار کہتا تھا۔ اب کراچی اور لاہور کی لڑکیاں خود بتاتی ہیں کہ انہیں کون سا رنگ چاہیے،" انہوں نے کہا۔

تاہم ہر کوئی اس تبدیلی سے خوش نہیں۔ چوڑیوں کے ایک پرانے تاجر نے کہا کہ ٹھیکیدار صرف بیچ کے آدمی نہیں بلکہ کاریگروں کو ادھار اور کچا مال بھی دیتے ہیں۔ "جب آن لائن آرڈر کم ہوں گے تو یہی خواتین ہمارے پاس واپس آئیں گی،" ان کا کہنا تھا۔

انجمن کو اپنی کمزوریوں کا بھی احساس ہے۔ رخسانہ پٹھان کے مطابق راستے میں ٹوٹ پھوٹ کی وجہ سے تقریباً ہر دسواں پارسل واپس آ جاتا ہے، اور اب وہ بہتر پیکنگ کے لیے گتے کے ڈبے بنانے والے ایک مقامی کارخانے سے بات کر رہی ہیں۔ ان کا منصوبہ ہے کہ اگلے سال تک انجمن میں مزید دو سو خواتین کو شامل کیا جائے۔
"""),
]
