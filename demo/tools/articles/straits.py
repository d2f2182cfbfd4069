"""The Straits Ledger (Singapore). Fictional."""

P = "straits-ledger"

ARTICLES = [
dict(paper=P, slug="cyclone-sarai-chattogram-port-garment-supply",
     title="Cyclone Sarai shuts Chattogram port, threatening garment deliveries to Europe",
     standfirst="With about 70 ships sent to anchorage and the port closed for at least 36 hours, freight forwarders warn of a backlog that could take two weeks to clear.",
     authors=["Marcus Lim"], published="2026-11-19T04:10:00Z", section="business",
     event="cyclone-sarai", tags=["Cyclone Sarai", "Shipping", "Bangladesh", "Supply chains"],
     image=("container-ship", "Container vessels waiting at anchorage, in a file picture.", "Benjamin Goh", "Ships at anchor"),
     body="""
Cyclone Sarai, which made landfall on Bangladesh's south-eastern coast early on Thursday, has closed the port of Chattogram for at least 36 hours, disrupting shipments from the world's second-largest garment exporter weeks before the Christmas retail season.

The storm crossed the coast near Kutubdia island, between Chattogram and Cox's Bazar, at around 3am local time (5am Singapore time), with sustained winds of about 150kmh. Bangladeshi officials said at least 11 people had been killed and about 1.2 million evacuated to more than 7,800 cyclone shelters.

Port authorities had ordered about 70 vessels to move to the outer anchorage on Wednesday, and container handling was halted as the great danger signal number 10, the country's highest warning, was hoisted.

Chattogram handles more than 90 per cent of Bangladesh's container trade, including most of the garments that account for over four-fifths of its export earnings. Much of that cargo is trans-shipped through Singapore, Colombo and Port Klang on its way to Europe and North America.

"Thirty-six hours does not sound like much, but Chattogram runs close to capacity at the best of times," said Jasper Koh, head of Asia logistics research at Tembusu Capital. "Every day of closure typically takes three or four days to work off, so we are looking at a backlog of one to two weeks."

Mr Koh said feeder operators serving the port would probably skip some scheduled calls, and that shippers with goods already at the port would face higher storage charges and possible demurrage.

## Retailers watch closely

Several European fashion retailers source heavily from Bangladesh for their winter ranges, and freight forwarders in Singapore said clients had begun asking about air freight for urgent orders. Air cargo rates from Dhaka to Europe had already risen about 8 per cent this month ahead of the holiday season.

Factory damage appeared limited, according to an early assessment by manufacturers' associations, as the main industrial clusters around Dhaka and Gazipur are far inland. Some factories in the Chattogram export processing zone closed on Thursday so that workers could stay home.

Shares of regional shipping companies were little changed in Singapore trading on Thursday morning. Analysts said the disruption was unlikely to have a lasting effect on freight rates, which have softened since the middle of the year on excess vessel capacity.

The Storm Warning Centre in Dhaka said Sarai was weakening over the hills east of Chattogram and was expected to become a deep depression later on Thursday. The port authority said it would reassess conditions on Friday morning.
"""),

dict(paper=P, slug="singapore-to-host-sierra-madre-peace-talks", label="Asia",
     title="Singapore to host revived talks between Manila and Sierra Madre rebels",
     standfirst="Negotiations suspended in 2021 after a deadly ambush will resume in Singapore next month, both sides announced.",
     authors=["Clara Tan"], published="2025-03-26T09:30:00Z", section="diplomacy",
     tags=["Philippines", "Peace talks", "New Sierra Madre Front"],
     related=["sierra-madre-framework-signed-singapore"],
     image=("talks-table", "Delegates at an earlier round of talks, in a file picture.", "Benjamin Goh", "Negotiating table"),
     body="""
Singapore will host a new round of peace talks between the Philippine government and the New Sierra Madre Front (NSMF), an armed movement that has fought in the mountains of northern Luzon for more than three decades, the two sides said on Wednesday.

The talks, the first formal negotiations since the process collapsed in June 2021, will open in Singapore on April 22, according to a joint statement released simultaneously in Manila and by the rebel group's representatives abroad.

Singapore's Ministry of Foreign Affairs confirmed that it had agreed to a request from both parties to act as host. A ministry spokesman said Singapore's role would be to provide a venue and logistical support, and that it would not act as a mediator.

"Singapore has a longstanding friendship with the Philippines and supports efforts to achieve lasting peace," the spokesman said.

The NSMF, which draws support from farming and indigenous communities in the provinces of Aurora, Quirino and Nueva Vizcaya, took up arms in 1991, demanding land reform and an end to logging concessions in the Sierra Madre range. The military estimates that it has about 1,100 fighters.

Talks first opened in Kuala Lumpur in February 2019, but were suspended in June 2021 after an ambush in Dingalan, Aurora, that killed four soldiers. The government blamed the NSMF; the group said the attack had been carried out by a breakaway faction.

The new government panel will be led by Teresita Mangubat, a retired appellate court justice. The NSMF delegation will be headed by Lorenzo Abad, the group's long-time spokesman, who returned to the Philippines under a safe-conduct guarantee last year.

Analysts said both sides had reasons to return to the table. "The NSMF is ageing and its recruitment has dried up, while Manila wants investment in the northern provinces that a low-level insurgency keeps away," said Dr Gregorio Lacson, who studies Philippine security at a Singapore think-tank. "There is a window, but windows close."
"""),

dict(paper=P, slug="sierra-madre-framework-signed-singapore", label="Asia",
     title="Manila and Sierra Madre rebels sign framework peace deal in Singapore",
     standfirst="The agreement sets a permanent ceasefire from January and a two-year timetable for about 1,100 fighters to hand in their weapons.",
     authors=["Clara Tan", "Daniel Ong"], published="2026-11-12T11:00:00Z", section="diplomacy",
     tags=["Philippines", "Peace talks", "New Sierra Madre Front"],
     related=["singapore-to-host-sierra-madre-peace-talks"],
     image=("signing-ceremony", "Negotiators exchange documents after the signing in Singapore on Thursday.", "Benjamin Goh", "Signing ceremony"),
     body="""
The Philippine government and the New Sierra Madre Front signed a framework peace agreement in Singapore on Thursday, committing to a permanent ceasefire from January 1 and setting out a timetable for the rebel group to lay down its arms by the end of 2028.

The document was signed at a hotel on Sentosa by the heads of the two negotiating panels, Teresita Mangubat for the government and Lorenzo Abad for the NSMF, after 19 months of talks hosted by Singapore.

"Today we close a chapter that has cost too many lives on all sides," Ms Mangubat said after the ceremony. "The hard work begins tomorrow, in the villages of Aurora and Quirino, not here."

Mr Abad, who has spent most of the past 25 years abroad as the group's spokesman, said the NSMF had not abandoned its goals but would pursue them by other means. "Our demands for land were never a crime. Now they will be argued in public," he said.

## What the deal says

Under the framework, the NSMF's estimated 1,100 fighters will hand in their weapons in three phases between March 2027 and December 2028, with each phase tied to progress on the government's commitments.

The government will set up an agrarian reform commission for the Sierra Madre provinces with a mandate to settle land claims and issue titles within five years, and will review logging and mining permits in areas claimed by indigenous communities.

An amnesty will be proclaimed for members of the group who are not accused of serious crimes such as murder or kidnapping. Those facing such charges will have their cases heard by special courts.

An international monitoring team of 40 people, led by Indonesia and including members from Japan and Norway, will oversee the ceasefire and the decommissioning process.

## A long road

Thursday's agreement comes more than seven years after the two sides first sat down in Kuala Lumpur in February 2019. That process collapsed in June 2021 after an ambush in Dingalan, Aurora, killed four soldiers, and talks resumed in Singapore only in April last year.

Previous peace deals in the Philippines have taken years to implement, and analysts cautioned that the framework would need legislation in Manila, particularly for the amnesty and the land commission.

"The framework is the skeleton. Congress has to put flesh on it, and that is where such deals have stumbled before," said Dr Gregorio Lacson, a security researcher in Singapore who has followed the talks. He added that a breakaway faction that rejected the 2019 talks remained active in parts of Nueva Vizcaya.

Singapore's Foreign Minister attended the ceremony as a witness. In a statement, the ministry said Singapore was "honoured to have provided a venue for the parties' efforts" and would continue to support the process if asked.

In Manila, business groups said the deal could unlock investment in the northern provinces, including a long-planned road across the Sierra Madre linking the Cagayan Valley to the Pacific coast.

## Singapore's quiet role

Singapore officials have been careful to describe their role as that of a host rather than a mediator. Over the 19 months of talks, the negotiating teams met 11 times in Singapore, usually for a week at a time, at venues that were not disclosed in advance.

Diplomats familiar with the process said Singapore's discretion had been valued by both sides. "Nobody leaked, nobody grandstanded. The Singaporeans provided rooms, coffee and silence, and that turned out to be exactly what was needed," said one Western diplomat who followed the talks.

The most difficult issue, according to people involved, was the sequencing of disarmament and land reform. The NSMF had insisted that land titles be issued before any weapons were handed over, while the government wanted decommissioning to begin first. The compromise links each of the three phases of decommissioning to specific milestones for the land commission.

## Money and markets

The agreement is expected to cost the Philippine government about 38 billion pesos (S$870 million) over five years, mostly for land surveys, compensation for landowners, and livelihood programmes for former fighters. Japan and the Asian Development Bank have indicated that they are willing to help fund reintegration and infrastructure projects.

The Philippine peso was little changed on the news, and analysts said the deal's economic impact would be felt mainly in the northern provinces rather than in national markets.

Residents of Aurora reached by telephone reacted with cautious relief. "We have heard about peace many times," said Marites Dumlao, who runs a small store in the town of Maria Aurora. "If the soldiers and the rebels both go home, then I will believe it."
"""),

dict(paper=P, slug="ageing-cities-robots-older-workers", label="Life",
     title="Robots and grey workers: how Asia's ageing cities are adapting",
     standfirst="From Singapore's hospitals to Seoul's convenience stores, employers are redesigning jobs for staff in their 60s and 70s - and handing the heaviest lifting to machines.",
     authors=["Priya Devan"], published="2026-11-08T22:00:00Z", section="society",
     tags=["Ageing", "Workforce", "Robotics"],
     image=("care-robot", "A robotic trolley delivers medicine in a hospital ward in Singapore.", "Shaun Tay", "Ward robot"),
     body="""
At 6.30 every morning, 71-year-old Madam Lim Geok Eng clocks in at a community hospital in Jurong, puts on a blue apron and begins her rounds. She chats with patients, helps them order breakfast and checks that their water jugs are full. She no longer pushes the heavy meal trolleys. A waist-high robot does that, gliding between wards and waiting patiently outside the lift.

"Last time, my back was always painful," she said. "Now I do the talking and the robot does the pushing. I think I can work until 75."

Scenes like this are becoming common across East and South-east Asia, where populations are ageing faster than almost anywhere in the world. In Singapore, one in five citizens is 65 or older. South Korea became a "super-aged" society in 2024, with more than 20 per cent of its population past 65, and Japan passed that mark two decades ago.

Faced with shrinking pools of young workers, employers are doing two things at once: keeping older staff for longer, and investing in machines to take over the most physically demanding tasks.

## Redesigning the job

In Singapore, the statutory re-employment age has risen to 69, and companies can claim grants for redesigning jobs for older workers. The community hospital in Jurong used such a grant to buy six delivery robots and to split the role of ward assistant into a "patient companion" job, which older workers fill, and logistics work handled by machines and younger staff.

"We did not buy robots to replace people. We bought them so that we could keep the people we have," said the hospital's operations director, Mr Edwin Chua.

In Seoul, a chain of convenience stores has installed automated shelf-stocking arms in 40 outlets, allowing staff in their 60s - a growing share of its night-shift workforce - to concentrate on serving customers. In Tokyo, construction firms are trialling powered exoskeletons that reduce the strain on workers' lower backs when lifting.

## Limits of automation

Researchers caution that the technology has limits. Robots that can navigate a hospital corridor still struggle with cluttered homes, and most elderly care remains stubbornly manual. Surveys in Japan have found that many care homes that bought robots found them too expensive to maintain or too awkward to use.

"The robots that succeed are boring ones," said Associate Professor Tan Wei Ling, who studies workplace ageing at a Singapore university. "They carry things, they clean floors, they remind you to take your medicine. The humanoid robot that looks after grandma is still science fiction."

Older workers themselves have mixed feelings. Some welcome lighter duties; others worry about being pushed into lower-paid roles. In Seoul, a union representing retail workers has asked for guarantees that wages will not be cut when tasks are automated.

Economists say the shift is unavoidable. The working-age population of East Asia is projected to fall by tens of millions over the next 25 years, and immigration, the other obvious answer, remains politically sensitive across much of the region.

## Lessons from Japan

Japan, the oldest major economy, offers a preview of what lies ahead for its neighbours. More than a quarter of Japanese workers in the caregiving and cleaning sectors are now over 60, and some regional bus and taxi companies rely on drivers in their 70s.

A supermarket chain in Saitama has redesigned its stores so that older employees work mainly at the service counter and in food preparation, while overnight restocking is done by a smaller team using powered carts. A spokesman said the chain had found that older staff were better than younger ones at dealing with customer complaints.

In Singapore, Government data shows that the employment rate of residents aged 65 to 69 has risen to about 50 per cent, from under 40 per cent a decade ago. Many older workers are in part-time or contract roles, which unions say can leave them with less security and fewer benefits.

"It is not enough to say older people can work longer. Jobs must be designed so that they want to, and so that they are paid fairly for it," said a representative of a Singapore union that represents healthcare workers.

For Madam Lim, the question is simpler. "My grandchildren ask me why I still work," she said, straightening a patient's blanket. "I tell them: because I like it, and because now I can."
"""),

dict(paper=P, slug="heat-safe-working-hours-bill", label="Singapore",
     title="Parliament passes law requiring rest breaks for outdoor workers during heat alerts",
     standfirst="Employers must provide shaded rest and stop heavy outdoor work when the heat stress index reaches its highest level.",
     authors=["Nur Aisyah Rahman"], published="2026-11-04T10:30:00Z", section="politics",
     tags=["Parliament", "Heat", "Workers"],
     image=("construction-heat", "Construction workers take a break in the shade at a worksite in Tengah.", "Shaun Tay", "Worksite shade"),
     body="""
Employers will be legally required to provide shaded rest areas for outdoor workers and to stop heavy outdoor work during periods of extreme heat, under a law passed in Parliament on Wednesday.

The Workplace Safety and Health (Heat Stress) Amendment Bill was passed after a debate in which 14 MPs spoke. It turns into law guidelines that were introduced on a voluntary basis in 2023.

Under the law, when the national heat stress index reaches "high", employers must give outdoor workers at least 10 minutes of rest in the shade every hour. When it reaches "extreme", heavy physical work outdoors must stop except in emergencies.

Companies that fail to comply can be fined up to $20,000 for a first offence. Repeat offenders face fines of up to $50,000.

Introducing the Bill, the Senior Minister of State for Manpower said Singapore's climate was changing and its rules had to change with it. Average daily temperatures have risen by about 0.25 deg C per decade since the 1940s, and the number of very warm nights has increased sharply.

Several MPs raised concerns about the cost to small contractors and asked for clarity on how the rules would apply to delivery riders, who are not employees. The minister said the ministry would work with platform companies on separate guidelines for riders.

A Workers' Party MP urged the Government to go further, by requiring employers to adjust working hours so that heavy work is scheduled in the early morning.

Migrant worker advocacy groups welcomed the law. A spokesman for one group said enforcement would be key, as many workers were reluctant to complain for fear of losing their jobs.

The new rules will take effect from April 1 next year, ahead of the hottest months.
"""),

dict(paper=P, slug="singapore-dollar-firms-central-bank-holds", label="Markets",
     title="Singapore dollar firms after central bank keeps policy unchanged",
     standfirst="Economists had been split on whether the authority would ease, given slowing inflation and weak manufacturing data.",
     authors=["Daniel Ong"], published="2026-10-30T03:00:00Z", section="business",
     tags=["Monetary policy", "Currency"],
     image=("trading-screens", "Currency screens at a bank trading room in Marina Bay.", "Benjamin Goh", "Trading floor"),
     body="""
The Singapore dollar strengthened slightly on Friday after the central bank left its monetary policy settings unchanged, surprising some economists who had expected a modest easing.

The Monetary Authority kept the slope, width and centre of the currency's policy band unchanged in its scheduled October statement, saying the current stance remained appropriate as core inflation was expected to average 1.5 to 2 per cent next year.

The Singapore dollar rose about 0.2 per cent against the US dollar in the hour after the announcement, trading at 1.2930.

Of 14 economists polled before the decision, eight had expected no change and six had predicted a small reduction in the slope of the band, which would allow the currency to appreciate more slowly.

"The authority is signalling that it is comfortable with where things are, even with manufacturing looking soft," said Ms Serene Yap, an economist at a local bank. "It is keeping its powder dry in case external demand weakens more sharply next year."

Advance estimates released alongside the statement showed the economy grew 2.4 per cent year on year in the third quarter, slightly faster than the 2.1 per cent in the second quarter. Manufacturing output contracted, but services, especially finance and information technology, expanded.

Singapore manages monetary policy through the exchange rate rather than interest rates, allowing the currency to move within an undisclosed band against a basket of its trading partners' currencies.

Headline inflation eased to 1.4 per cent in September from 1.7 per cent in August, as private transport and accommodation costs rose more slowly.

Some economists said the decision reflected concern about financial stability as well as growth. A rapid easing could weaken the currency sharply and import inflation, while Singapore's open economy is highly sensitive to swings in global trade. "They are choosing to wait and see, which is a reasonable choice given the uncertainty," said a senior economist at a foreign bank.

The next scheduled policy statement is due in January.
"""),

dict(paper=P, slug="data-centres-liquid-cooling-tropics", label="Tech",
     title="Data centre operators bet on liquid cooling to beat the tropical heat",
     standfirst="New facilities in Singapore and Johor are piping coolant directly to chips as AI servers push power density to levels air cannot handle.",
     authors=["Wong Kah Seng"], published="2026-10-14T23:00:00Z", section="technology",
     tags=["Data centres", "AI", "Energy"],
     image=("server-hall", "Server racks fitted with liquid cooling pipes at a facility in Loyang.", "Shaun Tay", "Server hall"),
     body="""
Walk into the newest data hall at a facility in Loyang and the first thing you notice is what is missing: the roar of fans. Instead, thin blue and red pipes run along the tops of the server racks, carrying coolant directly to plates mounted on the processors.

Liquid cooling, once a niche technology used in supercomputers, is becoming standard in new data centres across Singapore and southern Malaysia, as servers built for artificial intelligence generate far more heat than conventional machines.

A rack of AI servers can draw 80 to 120 kilowatts of power, compared with 8 to 15 kilowatts for a typical rack a few years ago, said Mr Raymond Seah, the facility's chief technology officer. "At those densities, blowing cold air at the machines simply does not work. You have to bring the cooling to the chip."

The tropical climate makes the challenge harder. Air-cooled data centres in Singapore use a large share of their electricity on chillers, and the Government has made energy efficiency a condition for approving new capacity since lifting a moratorium on new data centres in 2022.

Liquid cooling can reduce the energy used for cooling by 30 to 40 per cent, according to operators, partly because warm coolant at 35 to 40 deg C can still carry heat away from chips and be cooled using outside air.

The shift is not without risk. Liquid systems are more complex to maintain, and a leak inside a server hall can be costly. Some operators have opted for "immersion" designs, where servers are submerged in tanks of non-conductive fluid, but these require specially adapted hardware.

Industry analysts expect the region's data centre capacity to roughly double by 2030, with much of the growth in Johor, where land and power are cheaper. That has raised concerns in Malaysia about water use and the strain on the electricity grid.

Mr Seah said the next step was to make use of the waste heat. "Right now we are dumping it into the air. In colder countries, they heat homes with it. In Singapore, we are looking at using it for industrial processes nearby."
"""),

dict(paper=P, slug="hawker-centres-cashless-trial-zh", lang="zh-Hans", label="Life",
     title="小贩中心试行全面电子支付 年长摊主担心跟不上",
     standfirst="当局计划明年在五个小贩中心试行只收电子付款，部分年长摊主和顾客表示忧虑。",
     authors=["李美玲"], published="2026-11-11T23:30:00Z", section="society",
     tags=["小贩中心", "电子支付", "乐龄"],
     image=("hawker-centre", "宏茂桥一个小贩中心的午餐时段。", "Shaun Tay", "Hawker centre"),
     body="""
当局昨天宣布，明年四月起将在五个小贩中心试行全面电子支付，摊位在试行期间不再接受现金。消息一出，不少年长摊主表示担心自己跟不上。

根据计划，参与试行的小贩中心包括宏茂桥、勿洛和裕廊西等地的中心，涉及约四百个摊位。当局表示，每个摊位将免费获得支付终端，并在头一年豁免交易手续费。

在宏茂桥卖云吞面超过三十年的陈亚福今年七十三岁。他说，自己虽然已经接受扫码付款，但仍有不少熟客习惯用现金。“很多老人家只带几张钞票出门，如果不收现金，他们以后去哪里吃？”

当局说，试行期间每个中心会设立服务站，让没有银行卡或手机的乐龄人士购买预付卡，并安排志愿者协助摊主处理技术问题。

一些年轻摊主则欢迎这项措施。在勿洛经营咖啡摊的黄俊杰说，电子支付可以减少找零的时间，也比较卫生。“高峰时段排队的人很多，每省下几秒钟都很重要。”

消费者协会提醒，当局必须确保支付系统稳定可靠。去年一家银行的系统故障曾导致多个小贩中心的扫码付款中断近两个小时，许多顾客只好离开。

当局表示，将在试行结束后检讨成效，并考虑顾客和摊主的意见，才决定是否推广到其他小贩中心。
"""),

dict(paper=P, slug="mekong-drought-data-sharing", label="Asia",
     title="Mekong countries agree to share dam release data during droughts",
     standfirst="The deal commits upstream operators to give downstream neighbours 72 hours' notice of major changes in water releases.",
     authors=["Clara Tan"], published="2026-09-24T08:00:00Z", section="diplomacy",
     tags=["Mekong", "Water", "Climate"],
     image=("mekong-river", "Fishing boats on the Mekong near Nong Khai.", "Benjamin Goh", "Mekong river"),
     body="""
Countries along the Mekong River agreed on Thursday to share real-time data on dam releases and water levels during droughts, a step that scientists and fishing communities have sought for more than a decade.

Under the agreement, reached at a ministerial meeting in Vientiane, operators of large hydropower dams will give downstream countries at least 72 hours' notice of significant changes in releases during declared drought periods. Water-level readings from 60 monitoring stations will be published online every hour.

The Mekong supports about 60 million people in its lower basin, many of whom depend on fishing and rice farming. Droughts in recent years have left stretches of the river unusually low, and downstream communities have complained of sudden rises and falls in water levels that they attribute to dam operations upstream.

"When the river rises one metre overnight in the dry season, our nets are swept away and the fish do not come," said a fisheries official from Cambodia's Kratie province who attended the meeting as an observer. "With three days' warning, we can prepare."

Environmental groups welcomed the deal but said it did not go far enough. They noted that the agreement applied only to declared droughts, and that there was no mechanism to settle disputes if a country failed to comply.

Diplomats said the agreement was deliberately modest so that all parties could sign. "This is about building trust with data first," said one South-east Asian official involved in the talks. "Harder conversations about how the river is managed can follow."

Scientists at the meeting said better data would also help predict saltwater intrusion into the Mekong Delta in Vietnam, where low river flows in the dry season allow seawater to push inland and damage rice crops. In a severe drought several years ago, salt water reached more than 90 kilometres upstream.

The data-sharing system is expected to begin operating before the next dry season, which typically starts in November.
"""),

dict(paper=P, slug="vertical-fish-farm-jurong-2022",
     title="Singapore's first vertical fish farm opens in Jurong",
     standfirst="The eight-storey facility aims to produce 500 tonnes of barramundi and grouper a year using recirculating water tanks.",
     authors=["Marcus Lim"], published="2022-08-17T02:00:00Z", section="business",
     tags=["Food security", "Aquaculture"],
     image=("fish-tanks", "Tanks at the vertical fish farm in Jurong.", "Shaun Tay", "Fish farm tanks"),
     body="""
An eight-storey fish farm opened in Jurong on Tuesday, the first in Singapore to stack rearing tanks vertically inside a building, as the country seeks to produce more of its own food.

The farm, operated by a local start-up, aims to produce up to 500 tonnes of barramundi and grouper a year when it reaches full capacity in 2024. It uses recirculating aquaculture systems, which filter and reuse about 95 per cent of the water in its tanks.

Singapore imports more than 90 per cent of its food and has set a goal of producing 30 per cent of its nutritional needs locally by 2030. Land is scarce, and the country's coastal fish farms have been hit by algal blooms that killed large numbers of fish in recent years.

"Indoors, we control the water temperature, the oxygen and the feed. An algal bloom outside does not touch us," said the company's chief executive, Ms Joanne Seow. She said the farm's fish would reach supermarkets and restaurants within hours of harvest.

The farm cost about $40 million to build, funded by private investors and a government grant. Its operators admit that production costs remain higher than for imported fish, but say they will fall as the technology matures.

Industry observers said the sector faced a difficult path. Several high-tech farms in Singapore have struggled with high energy costs and have scaled back or closed.

Each floor of the building holds a set of circular tanks, with fish moved between floors as they grow. Sensors monitor water quality around the clock, and the farm's staff of 35 includes marine biologists, engineers and technicians recruited from the oil and gas industry. The company said the design allowed it to produce about 15 times more fish per square metre of land than a conventional coastal farm.

The company said it would use solar panels on the building's roof to offset part of its electricity use.
"""),

dict(paper=P, slug="digital-id-adds-passkeys", label="Tech",
     title="National digital ID app to let users sign in with passkeys",
     standfirst="Residents will be able to log in to government services using fingerprint or face recognition instead of one-time codes from next month.",
     authors=["Wong Kah Seng"], published="2026-11-21T01:00:00Z", section="technology",
     tags=["Cybersecurity", "Digital government"],
     image=("phone-login", "A user logs in to a government service with a phone.", "Shaun Tay", "Phone login"),
     body="""
Singapore residents will be able to sign in to government digital services using passkeys from December, replacing the one-time codes that have been a target for phishing scams.

The agency that runs the national digital identity system said on Saturday that users of its app could create a passkey, stored securely on their phone, and unlock it with a fingerprint, face scan or device PIN.

Passkeys are based on an industry standard that uses public-key cryptography. Unlike passwords and one-time codes, they are tied to a specific website and cannot be typed into a fake page, which makes them resistant to phishing.

"If there is nothing to type, there is nothing for a scammer to steal," said an official at the agency. He said phishing attempts that trick victims into revealing one-time codes remained one of the most common scam types reported to the police.

Residents who do not wish to use passkeys can continue using existing login methods for now. The agency said it would eventually phase out SMS-based codes, but did not give a date.

Cybersecurity experts welcomed the change but said scammers would adapt. "They will shift to persuading people to approve transactions themselves, or to install malicious apps," said Mr Alvin Chew, a security consultant. "The human is always the last line."

The agency said passkeys would be backed up through the phone's operating system, so that users who change phones would not lose access. Users who lose their phones can revoke passkeys through a service counter or a website using other verification methods.

Banks in Singapore have also begun offering passkeys for online banking, and several have phased out SMS codes for high-risk transactions, requiring customers to approve them in their banking apps instead.

More than 4.5 million people use the national digital identity, which provides access to over 2,700 services from government agencies and private companies such as banks and insurers.
"""),

dict(paper=P, slug="kampong-glam-shophouse-community-library", label="Life",
     title="A Kampong Glam shophouse becomes a neighbourhood library",
     standfirst="A family that ran a textile business for three generations has turned its ground floor into a free reading room with 8,000 donated books.",
     authors=["Priya Devan"], published="2026-10-03T00:30:00Z", section="society",
     tags=["Heritage", "Books", "Kampong Glam"],
     image=("shophouse", "The converted shophouse in Kampong Glam.", "Shaun Tay", "Shophouse library"),
     body="""
For 87 years, the ground floor of the pale green shophouse in Kampong Glam was filled with bolts of batik and songket. Now it is filled with books.

The Rahim family, which ran a textile business from the building for three generations, has turned the space into a free community library with about 8,000 donated books, most in Malay and English, and a small collection of Jawi manuscripts lent by a private collector.

"My grandfather would have liked this," said Mr Hafiz Rahim, 52, who closed the family shop in 2024 after sales dwindled. "He always said a shop should be a place where people stop and talk. Now they stop and read."

The library, which opened last Saturday, is staffed by volunteers and open five days a week. Visitors can read on site or borrow up to three books at a time using a simple paper card system. There are no fines.

Mr Rahim said the family had considered leasing the space to a café, which would have brought in a steady rent, but decided the neighbourhood already had plenty. Rents in the area have risen sharply as it has become popular with tourists.

The library has become a draw for older residents who grew up in the area. Madam Zainab Osman, 78, said she came every morning to read Malay newspapers and old novels. "When I was a girl, there was a reading room like this nearby. It closed when I was 15. I waited a long time," she said.

Volunteers have started a weekly storytelling session for children on Saturday mornings, in Malay and English, which regularly draws 30 to 40 children. A retired schoolteacher also runs a Jawi reading class on Wednesday evenings, which has a waiting list.

The family is funding the library from its savings and donations for now, and hopes to secure support from heritage and arts grants next year.
"""),

dict(paper=P, slug="singapore-sailors-regional-regatta", label="Sport",
     title="Singapore sailors win two golds at regional regatta",
     standfirst="Teenagers Ryan Lee and Chloe Ang took the ILCA 4 titles in Pattaya, while the 470 mixed crew finished with silver.",
     authors=["Gerald Koh"], published="2026-11-15T12:00:00Z", section="sport",
     tags=["Sailing"],
     image=("sailing-boats", "Dinghies race off Pattaya on Sunday.", "Benjamin Goh", "Dinghy racing"),
     body="""
Singapore's young sailors won two gold medals at the South-east Asian Sailing Championships in Pattaya on Sunday, with 16-year-old Ryan Lee and 15-year-old Chloe Ang taking the boys' and girls' ILCA 4 titles.

Lee went into the final day with a four-point lead and won the last race outright in light, shifting winds to finish 11 points clear of Malaysia's Amir Hakim. "The wind kept changing direction, so I just tried to stay calm and not take big risks," he said.

Ang's victory was tighter. She needed to finish ahead of Thailand's Nattaya Suksawat in the final race and did so by a few boat lengths after a close duel on the last upwind leg.

Singapore's 470 mixed crew of Jonathan Yeo and Sarah Tan took silver behind a Thai pair, while the men's windsurfing entry finished fourth.

The championships drew 180 sailors from eight countries. Singapore Sailing's head coach said the results were encouraging ahead of next year's regional games, but cautioned that the competition would be much stronger.

Sailing officials said the results reflected the depth of Singapore's youth programme, which has produced several Olympians. About 1,200 young sailors train at clubs and schools across the island, most of them in small single-handed dinghies.

Thailand topped the overall medal table with four golds, ahead of Singapore with two and Malaysia with one.

Lee, who began sailing at eight through a school programme, said he had struggled in the first two days of racing when strong winds favoured heavier sailors. "I was sixth after day one and I thought my chances were gone. My coach told me to be patient, because the forecast said the wind would drop," he said.

Lee and Ang, both students at a secondary school in the east, train four times a week at the national sailing centre in Changi. Both said they hoped to progress to the bigger ILCA 6 boat next year.
"""),
]
