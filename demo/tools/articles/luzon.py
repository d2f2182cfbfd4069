"""The Luzon Herald (Manila). Fictional."""

P = "luzon-herald"

_PEACE = ["sierra-madre-talks-open-kuala-lumpur-2019", "sierra-madre-talks-suspended-dingalan-ambush-2021",
          "manila-nsmf-agree-to-resume-talks-2025", "sierra-madre-framework-agreement-signed"]

ARTICLES = [
dict(paper=P, slug="sierra-madre-talks-open-kuala-lumpur-2019", label="Peace Process",
     title="Gov't, Sierra Madre rebels open first formal talks in Kuala Lumpur",
     standfirst="Negotiators from both sides shook hands for the first time in nearly three decades of conflict, agreeing on an agenda that puts land reform first.",
     authors=["Miguel Reyes"], published="2019-02-18T10:00:00Z", section="diplomacy",
     tags=["Peace talks", "New Sierra Madre Front", "Aurora"],
     related=_PEACE,
     bio="Miguel Reyes covered the Sierra Madre peace process for the Herald from 2017 to 2022.",
     image=("talks-opening", "Government and NSMF negotiators at the opening session in Kuala Lumpur.", "Paolo Enriquez", "Opening session, 2019"),
     body="""
KUALA LUMPUR - The Philippine government and the New Sierra Madre Front (NSMF) formally opened peace negotiations here on Monday, the first time the two sides have sat across a table since the rebel group took up arms in the mountains of northern Luzon in 1991.

In a brief ceremony at a hotel in the Malaysian capital, the heads of the two panels, former labor undersecretary Ernesto Palacio for the government and NSMF spokesman Lorenzo Abad, signed a one-page declaration committing both sides to "negotiate in good faith toward a just and lasting peace in the Sierra Madre."

The talks are being hosted by Malaysia, which provided the venue and a facilitator but will not take part in the substance of the negotiations.

"We did not come here to surrender, and the government did not come here to capitulate," Abad told reporters. "We came because our people in the mountains are tired, and so are the soldiers' families."

Palacio said the government was "under no illusion that this will be quick," but that the opening itself was a milestone. "For 28 years, the only conversation between the state and the NSMF was with bullets. Today it is with words," he said.

The two sides agreed on a four-point agenda: agrarian reform and ancestral land claims, the protection of the Sierra Madre forests, the rights of indigenous communities, and the "final disposition of forces," a phrase that covers the disarmament and reintegration of NSMF fighters.

The military estimates the NSMF has about 1,100 armed fighters, operating mostly in the provinces of Aurora, Quirino and Nueva Vizcaya. The group has demanded land for farmers and an end to logging and mining concessions that it says have stripped the mountain range.

No ceasefire was announced. Both panels said a ceasefire would be discussed in later rounds, and that local commanders had been told to avoid offensive operations in the meantime.

In Baler, Aurora, residents followed the ceremony on television. "My father was a soldier, and my uncle joined the NSMF," said Ligaya Sison, a 44-year-old teacher. "We have not spoken of them together in one sentence in my house for 20 years. Maybe now we can."

The next round of talks is scheduled for April.
"""),

dict(paper=P, slug="sierra-madre-talks-suspended-dingalan-ambush-2021", label="Peace Process",
     title="Peace talks suspended after 4 soldiers killed in Dingalan ambush",
     standfirst="The government panel walked out of the negotiations, saying the rebels had violated their own commitments. The NSMF blamed a breakaway faction.",
     authors=["Ramon Galang"], published="2021-06-10T09:00:00Z", section="diplomacy",
     tags=["Peace talks", "New Sierra Madre Front", "Aurora"],
     related=_PEACE,
     bio="Ramon Galang is the Herald's correspondent for Central and Northern Luzon.",
     image=("mountain-road", "The road near Dingalan, Aurora, where the ambush took place.", "Paolo Enriquez", "Dingalan road"),
     body="""
The government on Thursday suspended peace negotiations with the New Sierra Madre Front, a day after four soldiers were killed in an ambush in the coastal town of Dingalan, Aurora.

Government chief negotiator Ernesto Palacio said in a statement that the attack "makes it impossible to continue talking as though nothing has happened," and that the government would not return to the table until those responsible were handed over.

The soldiers, members of an infantry battalion, were returning from a medical mission in a remote village on Wednesday afternoon when their truck was hit by an explosive device and then fired upon, according to the military. Two other soldiers were wounded.

The NSMF denied responsibility. In a statement sent to reporters, spokesman Lorenzo Abad said the attack had been carried out by a group that split from the NSMF in 2019 over its decision to enter peace talks. "Those who did this are enemies of the peace process, not part of it," he said.

The military rejected that explanation. "Whether it is a faction or not, they carry the same name, the same rifles and the same flag," a regional army spokesman said.

The talks, which opened in Kuala Lumpur in February 2019, had produced agreements on protecting forests in the Sierra Madre and on an agenda for agrarian reform, but negotiations on a ceasefire had stalled. The pandemic had already moved sessions online since last year.

In Dingalan, the families of the soldiers gathered at a funeral home. "My son believed in the talks. He told me the war was almost over," said the mother of one of the dead soldiers, a 23-year-old private.

Peace advocates urged both sides not to abandon the process entirely. "Suspending is not the same as ending," said Sister Amparo Cruz of a church-based peace network in Aurora. "The back channels must stay open."
"""),

dict(paper=P, slug="manila-nsmf-agree-to-resume-talks-2025", label="Peace Process",
     title="Back to the table: Manila, NSMF agree to resume talks in Singapore",
     standfirst="The announcement ends nearly four years of silence. A new government panel will be led by retired Justice Teresita Mangubat.",
     authors=["Katrina Dela Cruz"], published="2025-03-26T11:00:00Z", section="diplomacy",
     tags=["Peace talks", "New Sierra Madre Front", "Singapore"],
     related=_PEACE,
     bio="Katrina Dela Cruz is the Herald's diplomatic reporter and covers the peace process.",
     image=("talks-table", "Negotiators during the 2019 talks, in a file photo.", "Paolo Enriquez", "Negotiating table"),
     body="""
The government and the New Sierra Madre Front will return to the negotiating table next month, nearly four years after talks collapsed following a deadly ambush in Aurora, both sides announced on Wednesday.

In a joint statement, the parties said formal negotiations would resume in Singapore on April 22. The Singapore government has agreed to host the talks but will not act as a mediator.

The government panel will be chaired by retired Court of Appeals Justice Teresita Mangubat, who replaces Ernesto Palacio. The NSMF delegation will again be headed by Lorenzo Abad, who returned to the country last year under a safe-conduct guarantee.

"We are resuming, not restarting. The agreements we reached between 2019 and 2021 remain the foundation," Mangubat told reporters in Manila.

Talks were suspended in June 2021 after four soldiers were killed in an ambush in Dingalan, Aurora. The government blamed the NSMF; the group attributed the attack to a breakaway faction. Officials said on Wednesday that the NSMF had since helped authorities identify members of that faction.

The announcement followed months of quiet contacts, including two meetings in Singapore last year, according to a government official who asked not to be named because he was not authorized to discuss them.

Reactions in the Sierra Madre provinces were hopeful but wary. "We have been here before," said the governor of Quirino province. "We welcome the talks, but our people need roads and land titles, not only statements."

Church leaders in the Sierra Madre provinces, who kept channels open between the two sides during the suspension, welcomed the announcement. "For four years we carried messages and prayed. Today our prayers have been partly answered," said the bishop of a diocese in the region, who asked that both sides avoid violence in the weeks before the talks.

Analysts said an ageing rebel force and the government's interest in opening up the northern provinces to investment had created conditions for a deal.
"""),

dict(paper=P, slug="sierra-madre-framework-agreement-signed", label="Peace Process",
     title="'A chapter closes': Gov't, NSMF sign framework peace pact",
     standfirst="Under the deal signed in Singapore, rebels will begin handing in weapons in March 2027 and a permanent ceasefire takes effect on New Year's Day.",
     authors=["Katrina Dela Cruz"], published="2026-11-12T13:00:00Z", section="diplomacy",
     tags=["Peace talks", "New Sierra Madre Front", "Singapore"],
     related=_PEACE,
     updated="2026-11-13T02:15:00Z",
     bio="Katrina Dela Cruz is the Herald's diplomatic reporter and covers the peace process.",
     image=("signing-ceremony", "Chief negotiators Teresita Mangubat and Lorenzo Abad after the signing on Sentosa island.", "Paolo Enriquez", "Signing on Sentosa"),
     body="""
SINGAPORE - After seven years of on-and-off negotiations, the government and the New Sierra Madre Front on Thursday signed a framework peace agreement that aims to end one of the country's longest-running armed conflicts.

The agreement was signed on Sentosa island by government panel chair Teresita Mangubat and NSMF chief negotiator Lorenzo Abad, in the presence of diplomats from Singapore, Indonesia, Japan and Norway.

"Today, a chapter closes," Mangubat said. "Not with a victory for one side, but with a choice made by both."

Abad, 68, who first met government negotiators in Kuala Lumpur in February 2019, appeared emotional as he spoke of comrades who did not live to see the day. "Many of them are buried on the mountain. We signed this for their children," he said.

The key provisions of the agreement are:

A permanent ceasefire taking effect on January 1, 2027.

The decommissioning of the NSMF's estimated 1,100 fighters and their weapons in three phases, from March 2027 to December 2028, each tied to progress on government commitments.

An agrarian reform commission for the Sierra Madre provinces, with five years to resolve land claims and issue titles.

A review of logging and mining permits in areas claimed by indigenous communities.

An amnesty for NSMF members not accused of serious crimes, with special courts for those who are.

An international monitoring team of 40, led by Indonesia.

The deal must now be backed by legislation, including an amnesty law and a law creating the land commission. Malacañang said it would certify both bills as urgent when Congress resumes.

Critics warned of a long road ahead. A group of retired military officers said the amnesty should exclude anyone involved in the 2021 ambush in Dingalan, Aurora, which killed four soldiers and led to the suspension of talks. Government negotiators said those cases would be heard by the special courts.

In Aurora, Quirino and Nueva Vizcaya, where the conflict has displaced thousands of families over three decades, residents watched the ceremony on livestreams. In the town of Maria Aurora, a parish priest rang the church bells at noon.

The text of the agreement was published on the website of the government's peace office on Thursday evening.

## From Kuala Lumpur to Sentosa

The road to Thursday's ceremony was long and uneven. When the two sides first met in Kuala Lumpur on February 18, 2019, the government panel was led by former labor undersecretary Ernesto Palacio, and the NSMF's fighters were still clashing with troops in the mountains of Aurora and Quirino.

The talks produced early agreements on protecting the Sierra Madre forests and on an agenda for agrarian reform, but collapsed in June 2021 after the Dingalan ambush. For almost four years, the only contacts were through church intermediaries and a handful of diplomats.

The process was revived in March last year, with Singapore agreeing to host and retired Justice Mangubat taking over the government panel. Negotiators said the breakthrough came in July, when the two sides agreed to link each phase of disarmament to concrete progress on land titles.

## In the rebel heartland

In the hills of Quirino, where the NSMF has maintained camps for decades, supporters of the group gathered in a village chapel to watch the ceremony on a phone connected to a borrowed television.

"I joined when I was 17. I am 49 now," said a former fighter who asked to be identified only by his nom de guerre, Ka Berto. "I want to farm my own land before I die. If this paper gives me that, then it was worth waiting for."

Soldiers at a detachment in the nearby town of Nagtipunan said they had been ordered to avoid all offensive operations since the signing. "We are tired too," said a sergeant who has served in the area for eight years. "Most of us have never seen the enemy's face. Maybe now we will meet them at the market."

UPDATE: Adds reaction from retired military officers and details on legislation.
"""),

dict(paper=P, slug="filipino-crew-safe-cyclone-sarai-chattogram", label="World",
     title="19 Filipino seafarers safe after ship drags anchor in Cyclone Sarai",
     standfirst="The bulk carrier ran aground on a sandbar off Chattogram as the storm, which has killed at least 11 people in Bangladesh, made landfall.",
     authors=["Andrea Bautista"], published="2026-11-19T12:00:00Z", section="diplomacy",
     event="cyclone-sarai", tags=["Cyclone Sarai", "Seafarers", "Bangladesh", "OFWs"],
     bio="Andrea Bautista covers migrant workers and the maritime industry for the Herald.",
     image=("bulk-carrier", "A bulk carrier at anchor, in a file photo.", "Paolo Enriquez", "Bulk carrier"),
     body="""
All 19 Filipino crew members of a bulk carrier that dragged its anchor and ran aground off the Bangladeshi port of Chattogram during Cyclone Sarai are safe, the Department of Migrant Workers said on Thursday.

The Panama-flagged MV Pacific Tamarind was among about 70 vessels that had been moved to the outer anchorage of Chattogram port before the cyclone struck. Strong winds pushed the ship off its anchorage early on Thursday and onto a sandbar near Patenga, according to the ship's manager in Manila.

"The crew are all accounted for and unharmed. The vessel is stable and there is no report of oil leaking," the department said in a statement, adding that it was in contact with the families of the seafarers, most of whom come from Iloilo and Batangas.

Cyclone Sarai made landfall near Kutubdia island, between Chattogram and Cox's Bazar, at around 3 a.m. local time (5 a.m. in Manila) with sustained winds of about 150 kilometers per hour. Bangladeshi authorities said at least 11 people had been killed and about 1.2 million had been evacuated to cyclone shelters.

The ship's master, Capt. Rodel Manansala, told the manning agency by satellite phone that the crew had spent the night on the bridge as waves of up to six meters battered the ship. "It was the longest night of my 25 years at sea," he was quoted as saying.

The Philippine Embassy in Dhaka said it was checking on the welfare of about 1,500 Filipinos living in Bangladesh, most of them in the garment and education sectors. None had reported injuries as of Thursday afternoon.

Port operations at Chattogram were suspended for at least 36 hours. The ship's manager said salvage experts would assess whether the vessel could be refloated on the next high tide.

Filipinos make up about a quarter of the world's seafarers, and their safety during extreme weather has been a concern of labor groups. A seafarers' union in Manila called on shipowners to move vessels farther from cyclone paths rather than leaving them at anchorages close to shore.
"""),

dict(paper=P, slug="jeepney-modernization-loan-relief", label="Business",
     title="Jeepney operators get two more years to repay modernization loans",
     standfirst="State banks will extend loan terms and cut interest rates for cooperatives that bought modern jeepneys, after a wave of late payments.",
     authors=["Jose Villanueva"], published="2026-11-03T08:00:00Z", section="business",
     tags=["Transport", "Jeepneys", "Banking"],
     bio="Jose Villanueva covers transport and infrastructure for the Herald's business section.",
     image=("jeepneys", "Modern jeepneys at a terminal in Quezon City.", "Paolo Enriquez", "Jeepney terminal"),
     body="""
Transport cooperatives that borrowed money to replace old jeepneys with modern units will get two more years to repay their loans, two state-owned banks announced on Tuesday, after a rise in late payments threatened to push some cooperatives into default.

Under the new terms, loans taken out under the public utility vehicle modernization program will have their repayment period extended from seven to nine years. Interest rates will be cut by one percentage point for cooperatives that are current on their payments.

The banks said about 18 percent of the loans were at least 30 days overdue as of September. Cooperative leaders said ridership on many routes had not recovered enough to cover the cost of modern units, which can cost more than ₱2.5 million each, several times the price of a traditional jeepney.

"We were told the new jeeps would bring more passengers. Some routes yes, some routes no," said Elmer Santiago, chairman of a cooperative operating 48 units in Marikina. "The payment comes every month whether the passengers come or not."

Transport groups that opposed the program from the start said the relief did not address the root problem. A leader of one drivers' association said fares remained too low to support the loans, while fare increases would hurt commuters.

The Department of Transportation said more than 70 percent of jeepney franchises had consolidated into cooperatives or corporations as required by the program. Officials said the loan relief would help keep the modernization on track.

For drivers, the pressure of loan repayments has translated into longer hours. Several drivers on routes in Quezon City and Caloocan told the Herald that they now work 14 to 16 hours a day to meet the daily "boundary" payments that cooperatives charge them for use of the vehicles, leaving little time for rest.

The banks said applications for the new terms would open on November 15.
"""),

dict(paper=P, slug="cavite-corsairs-win-metro-cup-overtime", label="Sports",
     title="Corsairs outlast Titans in overtime to win Metro Cup",
     standfirst="Rookie guard Jerome Alcaraz scored 9 of his 27 points in the extra period as Cavite clinched the series 4-2.",
     authors=["Paul Anthony Sison"], published="2026-11-17T14:00:00Z", section="sport",
     tags=["Basketball", "Metro Cup"],
     bio="Paul Anthony Sison covers basketball and boxing for Herald Sports.",
     image=("basketball-court", "Corsairs players lift the trophy at the Pasay arena.", "Lito Manalang", "Metro Cup final"),
     body="""
The Cavite Corsairs won their first Metro Cup title on Tuesday night, beating the Quezon City Titans 104-98 in overtime in Game 6 of the finals at a sold-out arena in Pasay.

Rookie guard Jerome Alcaraz scored 9 of his 27 points in overtime, including a step-back three-pointer with 1:12 left that gave Cavite a five-point cushion. Alcaraz was named finals MVP.

"I just wanted to take the big shots. Coach told me, if you miss, it's on me," said Alcaraz, 22, who was picked eighth in this year's draft.

The Titans forced overtime when forward Marco Ilagan hit two free throws with 3.4 seconds left in regulation. But the Corsairs scored the first seven points of the extra period, and Quezon City never got closer than four.

Center Benjie Tolentino added 18 points and 15 rebounds for Cavite, which finished the elimination round in fifth place and won three straight playoff series as the lower seed.

"Nobody believed in this team in August," said Corsairs coach Dindo Aquino. "These boys believed. That's all that mattered."

The Corsairs had lost Game 5 by 17 points and looked tired in the first half of Game 6, trailing by 11 at halftime. But Aquino switched to a smaller lineup in the third quarter, and a 14-2 run sparked by Alcaraz and veteran guard Mark Joseph Lim pulled them level.

The two teams traded baskets throughout the fourth quarter, with neither side leading by more than four points. Alcaraz missed a potential game-winner at the end of regulation, a moment he said made him more determined in overtime. "I told myself, that miss is not the last shot I will take tonight," he said.

The Titans had won the Metro Cup twice in the last four seasons and were favored to win again after finishing the elimination round with the best record.

Thousands of fans were expected to welcome the team at a motorcade in Cavite on Saturday.

Ilagan led Quezon City with 31 points.
"""),

dict(paper=P, slug="typhoon-warning-texts-satellite-islands", label="Technology",
     title="Typhoon warnings now reach remote islands via satellite texts",
     standfirst="A pilot in Catanduanes and Batanes sends alerts directly to ordinary phones from satellites when cell towers go down.",
     authors=["Andrea Bautista"], published="2026-10-19T03:00:00Z", section="technology",
     tags=["Disaster preparedness", "Satellites", "Typhoons"],
     bio="Andrea Bautista covers migrant workers, the maritime industry and disaster resilience for the Herald.",
     image=("island-coast", "A coastal village in Catanduanes.", "Lito Manalang", "Catanduanes coast"),
     body="""
Residents of remote villages in Catanduanes and Batanes can now receive typhoon warnings on their mobile phones even when local cell towers are down, under a pilot program that sends text alerts directly from satellites.

The system, launched on Monday by the Department of Information and Communications Technology with a local telecommunications company, uses satellites that act as cell towers in space and can connect to ordinary smartphones without special equipment.

During typhoon warnings, messages from the state weather bureau and local disaster offices will be broadcast to all phones in affected areas, officials said. Tests last month reached phones in 41 villages where there was no terrestrial signal.

"In the last big typhoon, the towers went down before the worst of the wind arrived. People did not get the update that the storm had changed direction," said the disaster risk reduction officer of a coastal town in Catanduanes. "This closes that gap."

The service currently supports only text messages, not calls or data, and works best outdoors with a clear view of the sky.

Officials said the alerts would be written in Filipino, English and the main local languages of each province, and would include the expected time of landfall and the location of the nearest evacuation center.

In Batanes, the country's northernmost province, typhoons regularly knock out power and communications for days. Residents said the pilot would help families with relatives working on fishing boats or in remote farms, who often miss official warnings.

"My father was at sea when the last big typhoon came. We could not reach him," said a college student in Basco. "If the message can come from the sky, maybe next time he will get it."

Officials said the pilot would run through the end of the typhoon season and, if successful, be expanded to other island provinces next year. The Philippines is hit by an average of 20 tropical cyclones a year.
"""),

dict(paper=P, slug="binondo-bakery-hopia-centennial", label="Lifestyle",
     title="A Binondo bakery marks 100 years of hopia",
     standfirst="The fourth generation of the Go family still makes the flaky pastries by hand, using a recipe that has changed only twice.",
     authors=["Bea Santiago"], published="2026-10-25T01:00:00Z", section="society",
     tags=["Food", "Binondo", "Heritage"],
     bio="Bea Santiago writes about food and culture for the Herald's Lifestyle section.",
     image=("bakery", "Hopia fresh from the oven at the bakery on Ongpin Street.", "Lito Manalang", "Ongpin bakery"),
     body="""
Before dawn on Ongpin Street, the smell of baking fills the narrow kitchen behind a bakery that has been making hopia for a century. Four bakers roll, fill and fold the pastries by hand, working with a speed that comes only from years of repetition.

The bakery, founded in 1926 by Go Tiong Hok, a migrant from Fujian, celebrated its 100th anniversary this month. It is run today by his great-granddaughter, Cristina Go-Lim, 47, who left a job at a bank to take over from her father in 2015.

"My father made me work here every summer from when I was 10. I hated it then," she said, laughing. "Now I understand he was teaching me the recipe without telling me."

The bakery's mung bean hopia remains its best seller, but its recipe has changed only twice in 100 years: once during the Second World War, when lard replaced scarce butter, and once in the 1970s, when ube filling was added to meet demand.

On weekends, the queue stretches out the door, and the bakery sells about 12,000 pieces a day. Many customers are families who have bought from the shop for generations.

"My lola bought hopia here when she was young. Now I bring my own kids," said Mariel Tan, 35, who drove from Parañaque.

Making hopia by hand is slow work. The dough is made from two layers, a water dough and an oil dough, which are rolled and folded together several times to create the pastry's flaky rings. Each baker can shape about 800 pieces an hour.

Go-Lim has resisted offers to open branches in malls or to sell frozen hopia through supermarkets. "If we make it somewhere else, it will not be the same. People come to Ongpin for this," she said. She has, however, started taking orders online and delivering across Metro Manila.

To mark the anniversary, the bakery has released a limited batch wrapped in reproductions of its original 1920s paper packaging.
"""),

dict(paper=P, slug="senate-approves-rice-tariff-bill", label="Nation",
     title="Senate approves bill to adjust rice tariffs with harvest seasons",
     standfirst="The measure lets tariffs rise during local harvests to protect farmers and fall during lean months to keep prices in check.",
     authors=["Jose Villanueva"], published="2026-11-06T10:00:00Z", section="politics",
     tags=["Senate", "Rice", "Agriculture"],
     bio="Jose Villanueva covers agriculture, transport and infrastructure for the Herald.",
     image=("rice-fields", "Farmers harvest rice in Nueva Ecija.", "Lito Manalang", "Nueva Ecija harvest"),
     body="""
The Senate on Friday approved on third reading a bill that would allow tariffs on imported rice to move with the local harvest calendar, in an effort to protect farmers' incomes without pushing up prices for consumers.

Under the measure, the tariff on rice imports would rise to 35 percent during the main harvest months, when local prices tend to fall, and drop to as low as 15 percent during the lean months from June to August.

The bill was approved with 19 senators voting in favor, two against and one abstention. The House of Representatives passed its version in August, and the two chambers must reconcile their texts before the bill can be signed into law.

The bill's sponsor said the current flat tariff failed farmers and consumers alike. "When our farmers harvest, imports flood the market and palay prices collapse. When the harvest is over, the tariff keeps retail prices high. We are getting it wrong twice a year," she said.

Farmers' groups welcomed the bill but said it should be paired with more support for post-harvest facilities such as dryers and warehouses, which would let farmers store their grain and sell when prices are better.

Importers warned that frequent tariff changes could make planning difficult. Economists said the impact on consumer prices would depend on how quickly the changes were passed on by traders.

Under the Senate version, the tariff adjustments would be set each year by an inter-agency committee based on harvest forecasts, and published at least 60 days in advance so that importers and farmers can plan. The House version would give the agriculture department more discretion to change rates during the year.

Farmers in Nueva Ecija, the country's main rice-producing province, said palay prices had fallen to as low as ₱16 per kilogram during the last main harvest, below what many said it cost them to produce.

The Philippines is one of the world's biggest rice importers, buying around 4 million tons a year.
"""),

dict(paper=P, slug="manila-council-approves-flood-levy", label="Nation",
     title="Manila council approves flood levy on large commercial buildings",
     standfirst="The fee will fund drainage upgrades in Sampaloc, Tondo and España, which flood after even moderate rain.",
     authors=["Ramon Galang"], published="2026-09-20T07:00:00Z", section="politics",
     tags=["Manila", "Flooding", "Local government"],
     bio="Ramon Galang is the Herald's correspondent for Metro Manila and Central Luzon.",
     image=("flooded-street", "A flooded street in Sampaloc after heavy rain.", "Lito Manalang", "Flooded street"),
     body="""
The Manila City Council on Saturday approved an ordinance imposing a flood mitigation levy on large commercial buildings, with proceeds earmarked for drainage improvements in districts that flood regularly.

The levy will apply to commercial buildings with a floor area of more than 5,000 square meters, which will pay ₱15 per square meter per year. City officials estimate it will raise about ₱600 million a year.

The money will go into a dedicated fund for upgrading drainage pipes, building retention basins and clearing waterways in Sampaloc, Tondo and the España area, where streets flood after even moderate rain.

"We cannot keep asking residents to wade through floodwater while the buildings that cover our ground in concrete pay nothing extra," said the councilor who authored the ordinance.

Business groups opposed the levy, saying it would add to the cost of doing business in the city and could drive investment to neighboring cities. A property developers' association said it would study legal options.

Residents of flood-prone districts say they have lost count of the days when they have had to wade to work through knee-deep water. In Sampaloc, home to many universities and dormitories, students have been forced to miss classes during heavy rain because streets were impassable.

"Every rainy season I put my appliances on blocks and pray," said Lorna Macaraeg, 57, who runs a small eatery on a street near España Boulevard. "If this money really goes to the drains, I will be the first to thank the council."

City engineers said much of the drainage system in the older districts dates from the early 20th century and was designed for a far smaller population and far less paved surface. The city has identified 38 drainage projects, including two large underground retention tanks, that would be funded by the levy.

Owners of affected buildings will be able to reduce their payments by up to half if they install rainwater catchment systems or green roofs that slow the flow of water into drains.

The ordinance requires the city to publish an annual report on how the fund is spent. It takes effect in January.
"""),

dict(paper=P, slug="ofw-remittances-record-october", label="Business",
     title="OFW remittances hit record high in October",
     standfirst="Cash sent home by Filipinos abroad rose 3.4 percent as workers in the Middle East and the US sent more ahead of the holidays.",
     authors=["Jose Villanueva"], published="2026-11-16T05:00:00Z", section="business",
     tags=["Remittances", "OFWs", "Economy"],
     bio="Jose Villanueva covers the economy, transport and infrastructure for the Herald.",
     image=("remittance-counter", "Customers queue at a remittance center in Manila.", "Lito Manalang", "Remittance center"),
     body="""
Cash remittances from Filipinos working abroad rose to a record $3.3 billion in October, up 3.4 percent from a year earlier, the central bank said on Monday.

The increase was driven by higher transfers from the United States, Saudi Arabia and the United Arab Emirates, the central bank said. Remittances typically rise in the last quarter of the year as overseas workers send money home for the Christmas holidays.

For the first 10 months of the year, remittances totaled $30.1 billion, up 3.1 percent from the same period last year.

Remittances account for about 8 percent of the country's economic output and are a major support for household spending.

"The money I send pays for my children's tuition and my mother's medicine," said Ana Reyes, 41, a nurse in Riyadh, in a phone interview. "Every December I try to send a little extra so they can have a proper Noche Buena."

Economists said remittance growth had slowed compared with previous decades, as a larger share of overseas workers settle abroad with their families. They said the peso's relative strength this year also meant dollar remittances bought slightly less at home.

Land-based workers accounted for about three-quarters of the total, with sea-based workers sending the rest. Remittances from Japan and South Korea also grew, reflecting the rising number of Filipinos working in caregiving, manufacturing and agriculture in those countries.

Remittance companies said digital transfers continued to gain ground over cash pick-up, with more families receiving money directly into e-wallets. Fees for digital transfers have fallen sharply in recent years as competition has increased.

The central bank said it would continue to work with banks and remittance companies to lower the cost of sending money home and to encourage families to save and invest part of what they receive.

The central bank expects remittances to grow 3 percent for the full year.
"""),
]
