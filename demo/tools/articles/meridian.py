"""The Meridian Shimbun (Tokyo). Fictional."""

P = "meridian-shimbun"

ARTICLES = [
dict(paper=P, slug="noto-brewery-first-shipment-ja", lang="ja", label="Society",
     title="能登の酒蔵、再建後初の新酒を出荷　「支えてくれた人に届けたい」",
     standfirst="地震で蔵が全壊した老舗酒蔵が、仮設の醸造所で仕込んだ新酒を初めて出荷した。",
     authors=["杉本真理子"], published="2026-11-10T09:00:00Z", section="society",
     tags=["能登", "日本酒", "復興"],
     image=("sake-brewery", "新酒の瓶詰め作業を行う蔵人たち", "杉本真理子", "Noto brewery"),
     body="""
石川県能登地方で江戸時代から続く酒蔵「鶴来屋」が十日、地震で全壊した蔵に代わって町内に建てた仮設の醸造所で仕込んだ新酒を初めて出荷した。蔵元の田中康弘さん（五十八）は「全国から支えてくれた人たちに、まずこの一本を届けたい」と話した。

鶴来屋は創業二百年余り。地震で木造の蔵と貯蔵タンクの大半が倒壊し、一時は廃業も考えたという。しかし、県外の酒蔵が設備や場所を貸し出し、地元の蔵人とともに酒造りを続けられるよう支援した。

今年の春、町が用意した土地に小さな醸造所が完成。地元の農家が育てた酒米を使い、九月から仕込みを始めた。この日は約四千本を瓶詰めし、県内の酒販店やインターネットを通じて販売する。

田中さんは「水も米も人も能登のもの。味は前の蔵と少し違うかもしれないが、それも今の能登の味だと思ってほしい」と語った。

蔵人の一人で、震災後に金沢市から通い続けている北村由香さん（三十四）は「最初の一滴が出てきたとき、みんなで泣いた」と振り返った。

能登地方では、地震で被害を受けた酒蔵の多くが再建の途上にある。県酒造組合によると、被災した蔵のうち自前の蔵で酒造りを再開できたのは半数ほどにとどまる。

鶴来屋は、三年後をめどに元の場所で本格的な蔵を再建する計画だ。
"""),

dict(paper=P, slug="pacific-islands-scholarships-expanded", label="World",
     title="Tokyo to triple scholarships for Pacific island students",
     standfirst="The program will bring 300 students a year to Japanese universities, with a focus on climate science, fisheries and nursing.",
     authors=["Kenji Morioka"], published="2026-10-29T06:00:00Z", section="diplomacy",
     tags=["Pacific islands", "Education", "Diplomacy"],
     image=("campus-gate", "International students at a university campus in Tokyo.", "Hiroshi Sato", "University campus"),
     body="""
Japan will triple the number of government scholarships it offers to students from Pacific island nations, bringing 300 students a year to Japanese universities from the next academic year, the Foreign Ministry said Thursday.

The expanded program will focus on fields that island governments have identified as priorities, including climate science, fisheries management, nursing and civil engineering. Students will receive full tuition, a monthly stipend and a year of Japanese language training.

"Education creates the longest-lasting ties between countries. The students who come to Japan today will be the ministers and engineers of tomorrow," a ministry official told reporters.

Japan has stepped up its engagement with the Pacific islands in recent years, as competition for influence in the region has intensified. The number of scholarships offered to the region has been about 100 a year.

The ministry said it would also fund a new program allowing Japanese university students to spend a semester studying in Fiji, Samoa or Palau.

Educators from the region welcomed the announcement but urged Japan to ensure that graduates could apply their skills at home. "Brain drain is our great fear. We want our young people to go, learn, and come back," said a senior education official from one island nation, who attended a conference in Tokyo this week.

The announcement came during a week-long visit to Tokyo by education ministers from several Pacific nations. The ministers toured universities in Tokyo and Okinawa, where a research institute studies coral reefs and marine ecosystems.

Alumni of the existing program include a former finance minister of one island nation and several senior officials in regional fisheries agencies. Japanese officials said alumni networks had proved valuable in maintaining contacts with governments across the region.

The ministry said the program would include incentives, such as funding for research projects, for graduates who return to work in their home countries.
"""),

dict(paper=P, slug="rice-prices-ease-stockpile-release", label="Economy",
     title="Rice prices ease for third month as stockpile sales continue",
     standfirst="The average supermarket price of a 5-kilogram bag fell to ¥3,890, still well above levels seen two years ago.",
     authors=["Aiko Hayashi"], published="2026-11-05T05:00:00Z", section="business",
     tags=["Rice", "Prices", "Agriculture"],
     image=("rice-bags", "Bags of rice on sale at a supermarket in Tokyo.", "Hiroshi Sato", "Rice on the shelf"),
     body="""
Rice prices at supermarkets fell for the third consecutive month in October, as sales of government stockpiled rice and a good harvest eased supply concerns, according to data released by the agriculture ministry Thursday.

The average price of a 5-kilogram bag of rice at about 1,000 supermarkets nationwide was ¥3,890 in the last week of October, down ¥210 from a month earlier. Prices remain about 60 percent higher than two years ago, when a bag cost around ¥2,400.

The ministry attributed the decline to continued sales of stockpiled rice through retailers and a crop this year that it estimates was 4 percent larger than last year's.

"Shoppers are still sensitive to price, but we are no longer seeing empty shelves or purchase limits," said an official at a major supermarket chain. Sales of cheaper blended rice, which rose sharply during the shortage, have begun to decline.

Rice farmers, however, expressed concern that prices could fall too far. Many farmers have faced rising costs for fertilizer, fuel and machinery, and some had expanded planting in response to the high prices.

"We were happy when prices went up, but if they crash next year, we will be in trouble again," said a farmer in Niigata Prefecture who grows rice on 15 hectares.

The agriculture ministry has released about 600,000 tons of stockpiled rice since the shortage began, selling it through retailers at lower prices than newly harvested rice. Officials said the stockpile would be replenished gradually over the next few years.

Restaurants that serve rice-based dishes said the easing prices had come as a relief after months of squeezed margins. The owner of a set-meal restaurant chain in the Kanto region said the company had raised prices twice during the shortage but would not cut them again until costs had clearly stabilized.

Economists said the government faced a difficult balance between keeping prices affordable for consumers and ensuring farmers can make a living.
"""),

dict(paper=P, slug="lunar-rover-prototype-desert-trial", label="Science",
     title="Lunar rover prototype completes 30-day desert trial",
     standfirst="The pressurized vehicle, designed to carry two astronauts, drove 210 kilometers across volcanic terrain without major faults.",
     authors=["Takeshi Ono"], published="2026-10-16T04:00:00Z", section="technology",
     tags=["Space", "Moon", "Automobiles"],
     image=("rover-desert", "The rover prototype on volcanic terrain during the trial.", "Hiroshi Sato", "Rover trial"),
     body="""
A prototype of a pressurized lunar rover being developed by a Japanese consortium has completed a 30-day endurance trial on volcanic terrain, the project team said Friday, a key milestone before the design is finalized.

The vehicle, about the size of two microbuses, drove a total of 210 kilometers across rough ground while two test drivers lived and worked inside. It is designed to allow astronauts to travel and live on the Moon's surface without spacesuits for up to a month.

The project is led by a major automaker working with the national space agency and about 20 other companies, drawing on technology from fuel cell vehicles and off-road trucks.

"The Moon is the hardest road there is. If our tires and suspension can handle this, we are confident about the basic design," said the project's chief engineer, Ryoichi Kanda.

Engineers said the trial had revealed some issues, including dust getting into door seals and higher than expected energy use on steep slopes. These would be addressed in the next version of the design.

During the trial, the two drivers followed a schedule modeled on a lunar mission, including simulated communication delays with a control center, periods of autonomous driving and tests of the vehicle's life support systems. The rover's fuel cells produced electricity and water, part of which was reused by the crew.

One of the drivers, a former test pilot, said living in the cabin for a month had been easier than expected. "It is about the size of a small camper van. The biggest challenge was not the space, it was the noise of the pumps at night," he said.

The rover is intended for use in international lunar exploration missions in the early 2030s. Japan has agreed to provide a pressurized rover as part of its contribution to the international effort to return astronauts to the Moon.
"""),

dict(paper=P, slug="sendai-kestrels-win-japan-series", label="Baseball",
     title="Kestrels win first Japan Series in Game 7 thriller",
     standfirst="Veteran slugger Daisuke Mori's two-run double in the eighth inning gave Sendai a 4-3 victory over Osaka.",
     authors=["Yuki Tanabe"], published="2026-11-02T13:30:00Z", section="sport",
     tags=["Baseball", "Japan Series"],
     image=("baseball-stadium", "Kestrels players celebrate on the field in Sendai.", "Hiroshi Sato", "Game 7"),
     body="""
The Sendai Kestrels won the Japan Series for the first time in the franchise's history on Monday, beating the Osaka Tritons 4-3 in a tense Game 7 at a packed home stadium.

Trailing 3-2 with two outs in the bottom of the eighth inning, 37-year-old Daisuke Mori lined a double into the left-field corner to score two runners and give the Kestrels the lead. Closer Kenta Arakawa then retired the Tritons in order in the ninth.

"I've been waiting 19 years for this. I swung at the first pitch because I didn't want to think," said Mori, who was named series MVP after batting .393 with two home runs.

The Tritons had taken the lead in the sixth inning on a solo home run by their cleanup hitter, and their starter held the Kestrels to two runs over six innings.

Thousands of fans gathered at a park in central Sendai to watch the game on a giant screen and celebrated long into the night.

The series swung back and forth. The Tritons won the first two games in Osaka before the Kestrels won three straight at home, only for Osaka to force a seventh game with a 7-1 win in Game 6.

Kestrels manager Hiroshi Kaneda, in his second season, praised his team's resilience. "We lost the first two and people wrote us off. These players never stopped believing," he said. "This is for the people of Tohoku, who have supported us through everything."

Mori, a Sendai native who has spent his entire career with the club, was lifted onto his teammates' shoulders after the final out. He has said he will decide over the winter whether to play another season.

The Kestrels, founded in 2005, reached the Japan Series once before, in 2013, losing in six games.
"""),

dict(paper=P, slug="diet-passes-overseas-online-voting-bill", label="Politics",
     title="Diet enacts law allowing online voting for citizens abroad",
     standfirst="About 1 million Japanese living overseas will be able to vote via a smartphone app from the next national election.",
     authors=["Kenji Morioka"], published="2026-11-18T08:00:00Z", section="politics",
     tags=["Diet", "Elections", "Digital government"],
     image=("diet-building", "The National Diet Building in Tokyo.", "Hiroshi Sato", "National Diet"),
     body="""
The Diet on Wednesday enacted a law allowing Japanese citizens living abroad to vote online in national elections, a first for the country's electoral system.

Under the revised Public Offices Election Law, overseas voters will be able to cast their ballots using a government smartphone app linked to their My Number identity card. The system is expected to be used from the next national election.

About 1 million Japanese citizens live abroad, but only around 100,000 are registered to vote, and turnout among those registered has been low. Overseas voters currently must vote in person at embassies and consulates or by mail, which can take weeks.

Supporters said online voting would make it far easier for overseas citizens to participate. "A Japanese citizen in a small town in Brazil should not have to travel 500 kilometers to a consulate to vote," a lawmaker who helped draft the bill said.

Opposition lawmakers raised concerns about the security of the system and the risk of voters being pressured at home. The law allows voters to change their vote any number of times before the deadline, with only the last vote counted, to reduce the risk of coercion.

The law passed the House of Councillors by a majority vote after clearing the lower house last month. Lawmakers from most parties supported the bill, though some voted against it, citing security concerns.

Japan has been slower than some other countries to adopt digital voting. Estonia has allowed online voting for all citizens since 2005, and several other countries allow citizens abroad to vote electronically.

The internal affairs ministry said it would conduct security audits and a trial before the system is used in an election. Experts said the government would need to build public trust before considering online voting for voters in Japan.
"""),

dict(paper=P, slug="nagano-vacant-homes-student-housing", label="Society",
     title="Nagano town turns vacant homes into student housing",
     standfirst="Renovated akiya now house 40 university students who pay low rent in exchange for helping elderly neighbors.",
     authors=["Aiko Hayashi"], published="2026-10-07T01:00:00Z", section="society",
     tags=["Vacant homes", "Rural Japan", "Students"],
     image=("old-house", "A renovated house used as student accommodation in Nagano Prefecture.", "Hiroshi Sato", "Renovated akiya"),
     body="""
In a hillside town in Nagano Prefecture, a row of old wooden houses that stood empty for years now rings with the voices of students. The town has renovated 14 vacant homes, known as akiya, and rented them to 40 students from a nearby university.

The students pay ¥15,000 a month in rent, about a third of the market rate, and in return agree to spend several hours a week helping elderly neighbors with snow clearing, shopping and other tasks.

"At first the older residents were nervous about having young people next door. Now they invite them for dinner," said a town official in charge of the program.

Japan has about 9 million vacant homes, roughly 14 percent of its housing stock, according to government data. The problem is particularly severe in rural areas, where young people have moved to cities and elderly owners have died or moved into care.

Third-year student Haruka Yamamoto, 20, said living in the town had changed her view of rural life. "I thought the countryside was boring. But here I know everyone, and everyone knows me. It feels like a family," she said.

The renovations cost about ¥4 million per house on average and were funded by a national grant for revitalizing rural areas, the town said. Owners of the houses, many of whom live in cities and had no plans to use them, lease them to the town for 10 years at a nominal rent.

Elderly residents say the students have brought life to the neighborhood. Tomiko Kobayashi, 84, who lives alone, said a student now clears the snow from her path every morning in winter. "My own grandchildren live in Tokyo. These young people are like my grandchildren here," she said.

The town hopes some students will settle there after graduating. Two former residents of the program have already taken jobs at local companies.
"""),

dict(paper=P, slug="kyoto-tourist-bus-lanes-2018", label="Society",
     title="Kyoto to test tourist-only bus routes to ease crowding",
     standfirst="Residents have complained they cannot board city buses packed with sightseers heading to temples.",
     authors=["Aiko Hayashi"], published="2018-09-20T03:00:00Z", section="society",
     tags=["Tourism", "Kyoto", "Public transport"],
     image=("kyoto-street", "Visitors crowd a street near a temple in Kyoto's Higashiyama district.", "Hiroshi Sato", "Higashiyama"),
     body="""
Kyoto city will test special bus routes for tourists this autumn, in an effort to reduce crowding on regular city buses that residents say have become unusable during peak sightseeing seasons.

The express buses will run directly between Kyoto Station and popular temples in the Higashiyama area on weekends and holidays during the autumn foliage season, with a higher fare than regular buses.

The number of foreign visitors to Kyoto has grown rapidly in recent years, and residents in some districts have complained that they cannot board buses to go to work, school or hospital because they are packed with tourists and their luggage.

"Sometimes three buses go past my stop without stopping because they are full," said a 72-year-old woman who lives near Kiyomizu-dera temple. "I have started walking to the hospital, 30 minutes each way."

City officials said they would also encourage tourists to use trains and subways and to send their luggage directly to hotels.

The number of foreign visitors staying overnight in Kyoto has roughly tripled over the past five years, according to city data. The surge has brought economic benefits but also complaints about crowding, noise and litter in residential neighborhoods.

The city has also introduced an accommodation tax, which takes effect in October, ranging from ¥200 to ¥1,000 per person per night depending on the room rate. Officials say revenue from the tax will be used to ease congestion and improve services for both residents and visitors.

Some residents said the new buses were a step in the right direction but doubted they would solve the problem. "The real question is how many people this city can hold," said a shop owner near Yasaka Shrine.

Tourism industry representatives welcomed the trial but said more must be done to spread visitors across less-crowded areas of the city.
"""),

dict(paper=P, slug="kyushu-regional-banks-merge", label="Economy",
     title="Two Kyushu regional banks agree to merge amid population decline",
     standfirst="The combined bank will have assets of about ¥14 trillion and plans to close 60 overlapping branches over five years.",
     authors=["Aiko Hayashi"], published="2026-09-25T06:00:00Z", section="business",
     tags=["Banking", "Kyushu", "Mergers"],
     image=("bank-branch", "A regional bank branch in Fukuoka.", "Hiroshi Sato", "Bank branch"),
     body="""
Two regional banks in Kyushu said Friday that they will merge in April 2028, becoming one of the largest regional lenders in western Japan, as shrinking populations and low interest margins squeeze their business.

The combined bank will have total assets of about ¥14 trillion and around 330 branches across Kyushu. It plans to close about 60 branches where the two banks overlap over five years, but said there would be no forced layoffs.

The two banks, based in Fukuoka and Kumamoto prefectures, have been cooperating on IT systems since 2022. Their presidents said at a joint news conference that a full merger was needed to invest in digital services and support local companies.

"The population of our region is falling every year. To keep serving it, we must become stronger together," one of the presidents said.

Regional banks across Japan have faced pressure as populations decline and companies borrow less. The Financial Services Agency has encouraged mergers, and a special law allows regional banks to merge even when the combined entity has a large market share in a prefecture.

Analysts said the merger would help the banks cut costs by combining IT systems and back-office functions, but warned that branch closures could make it harder for elderly customers in rural areas to access banking services.

The banks said they would set up mobile branches in vans and expand services at post offices to serve areas where branches close. They also plan to increase staff who advise local companies on business succession, a growing problem in regions where many owners of small firms are approaching retirement without a successor.

The merged bank's name and headquarters will be decided by next spring.

Local business groups said they hoped the merged bank would maintain lending to small and medium-sized enterprises.
"""),

dict(paper=P, slug="sumo-kyushu-tournament-hokutoryu", label="Sports",
     title="Hokutoryu claims first Emperor's Cup in Kyushu tournament",
     standfirst="The 24-year-old sekiwake finished 13-2 and is set for promotion to ozeki.",
     authors=["Yuki Tanabe"], published="2026-11-22T10:00:00Z", section="sport",
     tags=["Sumo"],
     image=("sumo-ring", "Hokutoryu receives the Emperor's Cup in Fukuoka on Sunday.", "Hiroshi Sato", "Kyushu tournament"),
     body="""
Sekiwake Hokutoryu won his first top-division championship on the final day of the Kyushu Grand Sumo Tournament on Sunday, forcing out ozeki Takanoumi to finish with a 13-2 record.

The 24-year-old from Hokkaido entered the day with a one-win lead and needed victory to avoid a playoff. He drove his opponent back to the edge in a few seconds and pushed him out, drawing a roar from the crowd at Fukuoka Kokusai Center.

"I'm so happy I can't find the words. I wanted to show my parents I could do it," said Hokutoryu, whose parents were in the arena.

With 33 wins over his last three tournaments as a sekiwake, Hokutoryu is expected to be promoted to ozeki, sumo's second-highest rank, when the Japan Sumo Association meets on Wednesday.

Hokutoryu's only defeats came on the fourth day, against a komusubi, and on the 11th day, against the yokozuna, who withdrew from the tournament two days later with a knee injury.

The championship was the first for a wrestler from Hokkaido in more than a decade. Hokutoryu, whose real name is Ryota Sasaki, grew up on a dairy farm near Obihiro and was recruited by his stable after winning a national high school title.

His stablemaster said the young wrestler had become stronger mentally over the past year. "He used to lose his nerve on the final days. This time he stayed calm," he said.

Ozeki Takanoumi finished with a 10-5 record.

Hokutoryu also received the Outstanding Performance Prize and the Technique Prize, the first time a wrestler has won two special prizes along with the championship since 2021.

Hokutoryu made his professional debut in 2020 and reached the top division in 2023. He is known for his powerful pushing style.
"""),

dict(paper=P, slug="osaka-startup-sodium-ion-storage", label="Science",
     title="Osaka startup opens factory for sodium-ion storage batteries",
     standfirst="The cells use no lithium or cobalt and are aimed at storing solar power for factories and apartment buildings.",
     authors=["Takeshi Ono"], published="2026-11-20T02:00:00Z", section="technology",
     tags=["Batteries", "Energy", "Startups"],
     image=("battery-line", "Sodium-ion cells on the production line in Sakai.", "Hiroshi Sato", "Battery line"),
     body="""
An Osaka startup on Friday opened a factory in Sakai to produce sodium-ion batteries for stationary energy storage, betting that the cheaper, lithium-free technology can capture a share of a fast-growing market.

The factory will initially produce cells with a total capacity of 1 gigawatt-hour a year, enough for storage systems at several thousand factories, apartment buildings and solar farms, the company said.

Sodium-ion batteries store less energy by weight than lithium-ion batteries, which makes them less suitable for cars. But they use abundant materials, perform better in cold weather and are considered less prone to fire, making them attractive for storing electricity from solar panels.

"For a battery that sits in a basement, weight does not matter. Cost and safety matter," said the company's founder, Naoki Fujiwara, a former researcher at a university in Kyoto.

The company said its cells would cost about 30 percent less than comparable lithium iron phosphate batteries once production reaches full scale. It has received orders from a housing developer and an industrial park operator.

The factory, built on the site of a former television plant, employs about 180 people. The company has raised ¥22 billion from investors including banks, trading houses and a government-backed fund.

Sodium-ion technology has attracted interest worldwide as a way to reduce dependence on lithium, whose price has swung wildly in recent years, and on supplies of critical minerals concentrated in a few countries. Chinese manufacturers have already begun mass-producing sodium-ion cells.

Fujiwara acknowledged that competing on cost with Chinese producers would be difficult. "We will not win by being the cheapest. We will win on safety, quality and long life," he said, adding that the company guarantees its cells for 6,000 charging cycles.

Japan's government has promoted energy storage as it aims to increase the share of renewable energy in its power supply.
"""),

dict(paper=P, slug="prefectures-push-disaster-agency-2025", label="Politics",
     title="Governors urge faster launch of national disaster agency",
     standfirst="Prefectural leaders say the new agency must have its own budget and staff in the regions, not only in Tokyo.",
     authors=["Kenji Morioka"], published="2025-06-12T07:00:00Z", section="politics",
     tags=["Disaster management", "Local government"],
     image=("disaster-drill", "Rescue workers take part in a disaster drill in Shizuoka Prefecture.", "Hiroshi Sato", "Disaster drill"),
     body="""
Governors from across Japan on Thursday urged the central government to speed up the creation of a dedicated national disaster management agency and to give it strong regional offices.

In a joint statement adopted at a meeting in Tokyo, the National Governors' Association said the agency should have its own budget, permanent staff with expertise in disaster response, and branch offices in each region that can coordinate with prefectures before and after disasters.

"When a major disaster strikes, the first 72 hours decide everything. We need a partner in the central government who is ready on day one, not one who is assembled after the event," the governor of a coastal prefecture told reporters.

The government has said it aims to launch the agency in the next fiscal year, taking over disaster-related functions currently spread across the Cabinet Office and several ministries.

Experts say the need for a stronger system has been highlighted by recent earthquakes and heavy rain disasters, in which evacuation centers struggled with overcrowding and poor sanitation.

Local governments have complained that responsibility for disaster response is fragmented, with the Cabinet Office, the land ministry, the health ministry and the Fire and Disaster Management Agency all playing roles. Governors said this made it difficult to know whom to call in an emergency.

The governors also called for the agency to maintain national stockpiles of supplies such as portable toilets, beds and water purification equipment, which could be sent quickly to affected areas. Several prefectures have been criticized for shortages of such supplies in evacuation centers.

A government official said the views of the prefectures would be reflected in the design of the new agency, and that a bill to establish it would be submitted to the Diet this autumn.

Some governors also asked that the agency pay special attention to the needs of elderly residents, who make up a growing share of disaster victims.
"""),
]
