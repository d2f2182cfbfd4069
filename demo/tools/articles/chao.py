"""The Chao Phraya Times (Bangkok). Fictional."""

P = "chao-phraya-times"

ARTICLES = [
dict(paper=P, slug="saen-saep-electric-boat-route-th", lang="th", label="Life",
     title="กรุงเทพฯ เปิดเส้นทางเรือไฟฟ้าสายใหม่ในคลองแสนแสบ",
     standfirst="เรือไฟฟ้า 12 ลำจะให้บริการระหว่างท่าประตูน้ำกับท่าวัดศรีบุญเรือง ลดเวลาเดินทางของผู้โดยสารฝั่งตะวันออก",
     authors=["พิมพ์ชนก ศรีสุข"], published="2026-11-12T04:00:00Z", section="society",
     tags=["คลองแสนแสบ", "เรือไฟฟ้า", "คมนาคม"],
     image=("canal-boat", "เรือไฟฟ้าแล่นในคลองแสนแสบช่วงเช้า", "Somchai Kaewmanee", "Saen Saep canal"),
     body="""
กรุงเทพมหานครเปิดให้บริการเส้นทางเรือไฟฟ้าสายใหม่ในคลองแสนแสบเมื่อวันพฤหัสบดี โดยใช้เรือไฟฟ้า 12 ลำ วิ่งระหว่างท่าประตูน้ำกับท่าวัดศรีบุญเรือง ระยะทางประมาณ 18 กิโลเมตร

เจ้าหน้าที่สำนักการจราจรและขนส่งระบุว่า เรือไฟฟ้าแต่ละลำรองรับผู้โดยสารได้ 40 คน และจะให้บริการทุก 15 นาทีในช่วงเวลาเร่งด่วน ค่าโดยสารอยู่ระหว่าง 10 ถึง 20 บาทตามระยะทาง

เรือไฟฟ้าช่วยลดเสียงดังและควันดำจากเครื่องยนต์ดีเซล ซึ่งเป็นปัญหาที่ชาวบ้านริมคลองร้องเรียนมานาน นางสมศรี ใจดี อายุ 63 ปี ซึ่งอาศัยอยู่ริมคลองย่านบางกะปิมากว่า 40 ปี กล่าวว่า "เมื่อก่อนเรือผ่านทีไรต้องปิดหน้าต่าง ตอนนี้เงียบขึ้นมาก ได้ยินเสียงนกอีกครั้ง"

ผู้โดยสารส่วนใหญ่เป็นพนักงานออฟฟิศและนักศึกษาที่ต้องการหลีกเลี่ยงรถติดบนถนนเพชรบุรีและรามคำแหง นายธนพล วงศ์ใหญ่ พนักงานบริษัทวัย 29 ปี บอกว่าการเดินทางด้วยเรือช่วยประหยัดเวลาได้เกือบครึ่งชั่วโมงต่อวัน

อย่างไรก็ตาม ผู้ใช้บริการบางส่วนยังกังวลเรื่องความปลอดภัยของท่าเรือและน้ำในคลองที่ยังมีกลิ่นเหม็นในบางช่วง กรุงเทพมหานครระบุว่ามีแผนปรับปรุงท่าเรือ 8 แห่ง และเร่งบำบัดน้ำเสียก่อนปล่อยลงคลองภายในปีหน้า
"""),

dict(paper=P, slug="thailand-laos-cross-border-qr-payments", label="Regional",
     title="Thailand, Laos link QR payment systems for cross-border shoppers",
     standfirst="Tourists and traders will be able to pay in shops on either side of the Mekong using their home banking apps from December.",
     authors=["Anan Wongsawat"], published="2026-10-30T05:00:00Z", section="diplomacy",
     tags=["Laos", "Payments", "Mekong"],
     image=("friendship-bridge", "Traffic on a Mekong bridge linking Nong Khai and Vientiane.", "Somchai Kaewmanee", "Mekong bridge"),
     body="""
Thailand and Laos will link their QR code payment systems from December, allowing shoppers and traders to pay in shops across the border using their home banking apps, the two countries' central banks said on Friday.

Under the arrangement, a Thai tourist in Vientiane will be able to scan a Lao merchant's QR code and pay in kip, with the amount converted and deducted in baht from their Thai bank account. Lao visitors to Thailand will be able to do the same in reverse.

Border trade between the two countries is worth more than 250 billion baht a year, and millions of people cross the Mekong for shopping, tourism and work. Until now, most small transactions have been conducted in cash, often with unfavourable exchange rates.

"This will make life easier for the noodle seller in Nong Khai as much as for the big trader," a Bank of Thailand official told reporters. "Less cash means less risk and lower costs."

Thailand already has similar QR payment links with several other Southeast Asian countries. Bankers said the region was gradually building a network of connected payment systems that could eventually cover all ASEAN members.

Traders in the border markets of Nong Khai and Mukdahan said they had long dealt with a confusing mix of baht, kip and occasionally US dollars, with prices often rounded up to compensate for exchange rate risk.

"Sometimes a Lao customer wants to pay in kip and I have no kip change. Sometimes the rate changes and I lose money," said a fabric seller at the Tha Sadet market in Nong Khai. "If the phone does everything, that is much better for me."

Merchants on the Lao side welcomed the move but said they hoped fees would remain low. The central banks said fees would be capped during the first year.
"""),

dict(paper=P, slug="durian-mangosteen-exports-record", label="Business",
     title="Durian & mangosteen exports hit record as rail route speeds shipments",
     standfirst="Fruit exports rose 18% in the first nine months, helped by faster rail shipments through Laos to southern China.",
     authors=["Kittipong Chaiyaporn"], published="2026-09-22T06:00:00Z", section="business",
     tags=["Exports", "Fruit", "China"],
     image=("durian-market", "Durians are sorted for export at a packing house in Chanthaburi.", "Somchai Kaewmanee", "Chanthaburi durians"),
     body="""
Thailand's exports of durian and mangosteen reached a record value in the first nine months of the year, driven by strong demand in China and faster shipments by rail through Laos, the Commerce Ministry said on Tuesday.

Exports of fresh durian rose 18% to 142 billion baht between January and September, while mangosteen exports rose 11% to 21 billion baht. China took about 90% of the durian shipments.

Exporters said the rail route from northeastern Thailand through Laos to Kunming had cut transit times to about three days, compared with five to seven days by road, reducing spoilage and allowing fruit to be picked closer to ripeness.

"A durian is like a ticking clock. Every day you save on the road, you get a better price at the other end," said the owner of a packing house in Chanthaburi.

Competition is growing, however. Vietnam and Malaysia have both expanded durian exports to China, and Thai growers have faced stricter quality checks after shipments were rejected for pesticide residues and unripe fruit.

The Agriculture Ministry said it would increase inspections at packing houses and introduce a certification scheme to protect the reputation of Thai fruit.

The price paid to growers has also risen. Farm-gate prices for top-grade Monthong durian averaged about 150 baht per kilogram during the main harvest in May and June, compared with around 110 baht three years ago, according to growers' associations in Chanthaburi and Rayong.

Rail operators said they had added refrigerated container services to cope with demand during the peak season, and that trains now leave northeastern Thailand for Kunming daily during the harvest.

Growers in the eastern provinces have been converting rubber and cassava plantations to durian, attracted by high prices. Some economists warned that this could lead to oversupply in a few years.
"""),

dict(paper=P, slug="korat-fc-win-league-cup-penalties", label="Sports",
     title="Korat FC win League Cup on penalties",
     standfirst="Goalkeeper Chatchai Boonmee saved two spot kicks as Korat beat Bangkok Metro United 4-3 in the shootout after a 1-1 draw.",
     authors=["Siriporn Thammasak"], published="2026-11-15T14:00:00Z", section="sport",
     tags=["Football", "League Cup"],
     image=("football-stadium", "Korat FC players celebrate after the shootout.", "Wichai Phromma", "League Cup final"),
     body="""
Korat FC won the League Cup for the first time on Sunday, beating Bangkok Metro United 4-3 on penalties after a 1-1 draw in the final at the national stadium.

Goalkeeper Chatchai Boonmee was the hero, saving the third and fifth spot kicks of the shootout to secure the trophy for the team from Nakhon Ratchasima.

Bangkok Metro United took the lead in the 34th minute through their Japanese midfielder, but Korat equalised early in the second half when winger Natthawut Srisawat headed in a cross from the left.

"I watched videos of their penalty takers all week. For the last one, I just trusted my instinct," said Chatchai, 31.

The match was a tense, physical affair, with seven yellow cards shown. Bangkok Metro United had the better of the first half, dominating possession in midfield, and their captain struck the post shortly before the break with a shot from the edge of the area.

Korat, who finished ninth in the league last season, improved after the interval and could have won it in normal time when striker Apichart Khamsing's shot was cleared off the line in the 88th minute. Extra time produced few chances as both sides tired.

In the shootout, Chatchai dived to his left to save the third Bangkok Metro United penalty, and after both teams scored their fourth, he saved the decisive fifth kick low to his right.

"We have a small budget and no famous names. This shows what a team can do when everyone works for each other," said Korat's head coach, who joined the club in July.

The win earns Korat a place in a regional club competition next season.

Thousands of Korat fans travelled to Bangkok for the final, and the club said a victory parade would be held in Nakhon Ratchasima on Tuesday.
"""),

dict(paper=P, slug="bangkok-startup-flood-sensors", label="Tech",
     title="Bangkok startup's low-cost sensors give districts early flood warnings",
     standfirst="More than 300 water-level sensors installed in drains and canals send readings to a public map every minute.",
     authors=["Anan Wongsawat"], published="2026-11-03T03:00:00Z", section="technology",
     tags=["Flooding", "Sensors", "Startups"],
     image=("canal-sensor", "A water-level sensor mounted above a canal in Bang Khen.", "Wichai Phromma", "Canal sensor"),
     body="""
A Bangkok startup has installed more than 300 low-cost water-level sensors in drains and canals across eight districts of the capital, giving residents and officials minute-by-minute information on rising water during heavy rain.

The sensors, which cost about 4,000 baht each, use ultrasound to measure the distance to the water surface and send readings over a low-power wireless network. Data is published on a public map that anyone can check on a phone.

"During a storm, people want to know one thing: is the water rising on my street? Now they can see it," said the company's co-founder, Pakorn Siriwat, a former civil engineering lecturer.

District officials said the information helped them decide where to send pumps and staff. In a heavy downpour last month, officials in Bang Khen said the sensors had warned them of rising water in a canal 40 minutes before it overflowed.

The startup plans to expand to 1,000 sensors next year with funding from a regional climate adaptation programme. It has also made its data freely available to researchers.

Each sensor runs on a small solar panel and battery and is mounted on a post or bridge above the water. The company says the devices need cleaning about once a month, mainly to remove spider webs and leaves, and that fewer than 5% have failed since the first were installed in 2024.

Residents in flood-prone sois have started using the map to decide when to move cars and motorcycles to higher ground. A community leader in Lat Phrao said her neighbours now shared screenshots of the map in their chat group whenever rain began.

Experts said such systems were useful but could not replace investment in drainage. Bangkok sits barely above sea level and its drainage network struggles during intense rainfall, which is becoming more frequent.
"""),

dict(paper=P, slug="lanna-weavers-young-designers", label="Life",
     title="Lanna weavers team up with young designers to keep looms busy",
     standfirst="A cooperative in Chiang Mai's San Kamphaeng district is selling hand-woven cotton to fashion labels in Bangkok and Tokyo.",
     authors=["Pimchanok Srisuk"], published="2026-10-18T02:00:00Z", section="society",
     tags=["Crafts", "Chiang Mai", "Textiles"],
     image=("weaving-loom", "A weaver at work in San Kamphaeng.", "Wichai Phromma", "Lanna loom"),
     body="""
In the village workshops of San Kamphaeng, east of Chiang Mai, the clack of wooden looms is louder than it has been for years. A cooperative of 60 weavers, most of them women over 50, is producing hand-woven cotton for fashion labels in Bangkok and Tokyo, thanks to a partnership with a group of young designers.

The designers, mostly graduates of Chiang Mai universities, work with the weavers to create modern patterns and colours while keeping traditional Lanna techniques. The cooperative's sales have tripled in two years.

"Before, we made the same patterns our mothers made and sold them to tourists. When the tourists stopped coming, we had nothing," said Buakham Inta, 58, the cooperative's head. "Now the young people tell us what the city wants, and we make it with our hands."

Each metre of cloth takes a weaver about a day to produce. The cooperative pays weavers about 600 baht a day, well above the provincial minimum wage.

The designers say customers are increasingly willing to pay for products with a clear origin. Labels attached to each piece name the weaver who made it.

The partnership began during the pandemic, when a designer from Bangkok, Nattida Chaiwong, returned to her family home in Chiang Mai and began visiting the workshops. She noticed that the weavers had large stocks of unsold cloth but no way of reaching buyers beyond the tourist markets.

"Their skill was extraordinary, but the colours were what tourists expected twenty years ago," said Nattida, 31. "We spent months just talking, drinking tea and experimenting with natural dyes together before we made anything to sell."

The cooperative now uses dyes from indigo, ebony fruit and tamarind leaves, and has stopped using synthetic colours entirely.

Several younger women in the village have started learning to weave, the first new apprentices the cooperative has had in a decade.
"""),

dict(paper=P, slug="cabinet-approves-alcohol-sales-hours", label="Thailand",
     title="Cabinet approves longer hours for alcohol sales in tourist areas",
     standfirst="Restaurants and shops in designated zones will be allowed to sell alcohol in the afternoon, ending a ban in place since 1972.",
     authors=["Anan Wongsawat"], published="2026-11-18T10:00:00Z", section="politics",
     tags=["Alcohol", "Tourism", "Cabinet"],
     image=("government-house", "Government House in Bangkok.", "Wichai Phromma", "Government House"),
     body="""
The cabinet on Wednesday approved relaxing restrictions on alcohol sales in designated tourist areas, allowing restaurants and shops to sell alcohol between 2pm and 5pm for the first time in more than five decades.

Under a rule dating back to 1972, the sale of alcohol is banned between 2pm and 5pm and after midnight. The new rules will apply to designated zones in Bangkok, Phuket, Chiang Mai, Pattaya and Koh Samui, and will be reviewed after one year.

A government spokesperson said the change was intended to support tourism and small businesses. "Tourists do not understand why they cannot buy a beer with their lunch at 2.30 in the afternoon," she said.

Public health groups criticised the decision, saying it would increase drinking and road accidents. Thailand has one of the highest road death rates in the world, and alcohol is a contributing factor in many crashes.

"The government is choosing short-term profit over lives," said the head of a network campaigning against alcohol harm. The group said it would monitor accident data closely in the designated zones.

Restaurant owners welcomed the move. The head of a restaurant association said many small businesses had lost customers to the rule.

The afternoon ban was originally introduced to discourage civil servants from drinking during working hours, according to historians, and has long puzzled visitors who find supermarket staff refusing to sell beer at the checkout.

Under the new rules, provincial governors will propose the boundaries of the designated zones, which must then be approved by a national committee. Sales to people under 20 and near schools and temples will remain banned, and penalties for selling to drunk customers will be increased.

Opposition MPs said the government should have consulted more widely before the decision, and questioned why the relaxation applied only to tourist areas. "Either the rule makes sense or it does not. A farmer in Yasothon should not be treated differently from a tourist in Patong," one MP wrote on social media.

The change will take effect after publication in the Royal Gazette.
"""),

dict(paper=P, slug="yaowarat-street-vendors-return-2020", label="Life",
     title="Street vendors return to Yaowarat as lockdown eases",
     standfirst="Chinatown's famous food stalls are back, but with spaced-out tables, fewer customers and almost no foreign tourists.",
     authors=["Pimchanok Srisuk"], published="2020-07-14T05:00:00Z", section="society",
     tags=["Street food", "Chinatown", "Covid-19"],
     image=("night-market", "Food stalls on Yaowarat Road in the evening.", "Wichai Phromma", "Yaowarat night"),
     body="""
The neon signs of Yaowarat Road are lit again. After more than three months of lockdown, the street food vendors of Bangkok's Chinatown have returned, their woks and charcoal grills once more filling the evening air with smoke and the smell of garlic.

But the crowds are thinner. With international borders still closed, the foreign tourists who once made up a large share of customers are almost entirely absent, and many Thai customers remain cautious.

"Before Covid, I sold 400 bowls a night. Now maybe 120," said Sompong Tangsakul, 55, who sells fish-ball noodles from a stall his father started in 1978. "But at least we are open. At least I can see my customers again."

Vendors must now space tables at least one metre apart, provide hand sanitiser, and record customers through a QR code check-in system. District officials patrol the street in the evening to ensure the rules are followed.

Some stalls have not returned. Vendors estimate that about a fifth of the regular stalls on Yaowarat Road have closed permanently or are waiting for tourists to come back.

For Sompong and other vendors, the lockdown months were the hardest of their working lives. With the street closed, he sold noodles from his house to neighbours and relied on savings and a government cash handout of 5,000 baht a month for three months.

Yaowarat's street food has been one of Bangkok's biggest tourist attractions, with some stalls attracting queues of visitors who had seen them in travel guides and on social media. Several vendors said they were now trying to win back Thai customers with lower prices and smaller portions.

"Thai people are our foundation. The tourists were a bonus. Now we have to remember that," said a vendor who sells grilled seafood.

Several vendors have turned to delivery apps to make up for lost sales, though they complain that commission fees eat into their margins.
"""),

dict(paper=P, slug="andaman-search-rescue-exercise", label="Regional",
     title="Thai navy joins Andaman Sea search-and-rescue drill with India, Indonesia",
     standfirst="Ships and aircraft from three countries practised finding survivors of a simulated ferry sinking off Phuket.",
     authors=["Kittipong Chaiyaporn"], published="2026-11-06T07:00:00Z", section="diplomacy",
     tags=["Navy", "Andaman Sea", "Maritime security"],
     image=("navy-ship", "A Thai navy frigate during the exercise off Phuket.", "Somchai Kaewmanee", "Andaman exercise"),
     body="""
Navies from Thailand, India and Indonesia on Friday completed a three-day search-and-rescue exercise in the Andaman Sea, practising the response to a simulated ferry sinking off Phuket.

Six ships, four aircraft and about 900 personnel took part in the exercise, which involved locating life rafts and dummies representing survivors in the water, evacuating casualties by helicopter and coordinating communications between the three navies.

The Royal Thai Navy said the exercise aimed to improve cooperation in responding to maritime accidents in the busy sea lanes of the Andaman Sea, which carry fishing boats, tourist ferries and cargo ships.

"In the sea, minutes matter. When we already know how our neighbours work, we save those minutes," a Thai navy commander said.

Regional defence analysts noted that the three countries have held joint patrols in the area for years, and that such exercises help build trust among their navies.

The scenario began before dawn on Wednesday with a distress call from a fictional ferry carrying 230 passengers that had capsized in rough seas about 40 nautical miles west of Phuket. An Indian maritime patrol aircraft located the first life rafts within two hours, while an Indonesian corvette and two Thai frigates moved in to recover "survivors" played by sailors in survival suits.

Officers said one of the main lessons was the need for common radio procedures. During the first day, messages between ships had to be relayed several times because crews were using different terms for the same manoeuvres, a problem that was largely solved by the third day.

Tour operators in Phuket welcomed the exercise. The island's ferry and speedboat industry has grown rapidly, and several accidents involving tourist boats in recent years have raised questions about safety standards and the speed of rescue operations.

"When something goes wrong out there, our own boats are usually first on the scene, but we cannot lift people from the water in a storm," said the head of a Phuket boat operators' group. "It is reassuring to know the navies are practising together."

The exercise will be held in Indonesian waters next year.
"""),

dict(paper=P, slug="thai-women-volleyball-asian-title", label="Sports",
     title="Thai women beat Japan to win Asian volleyball title",
     standfirst="Outside hitter Kanokwan Saelim scored 24 points as Thailand came from a set down to win 3-1 in Nakhon Pathom.",
     authors=["Siriporn Thammasak"], published="2026-11-20T13:00:00Z", section="sport",
     tags=["Volleyball"],
     image=("volleyball-arena", "Thai players celebrate match point in Nakhon Pathom.", "Wichai Phromma", "Volleyball final"),
     body="""
Thailand's women's volleyball team won the Asian Championship on Friday, beating Japan 3-1 in front of a roaring home crowd in Nakhon Pathom.

Japan won the first set 25-21, but Thailand took the next three 25-22, 25-19 and 26-24, with outside hitter Kanokwan Saelim scoring 24 points.

"The crowd gave us energy when we were tired. This title is for all the Thai people," said Kanokwan, 23, who was named the tournament's most valuable player.

It is Thailand's first Asian title in six years. The team's coach praised the young squad, which includes five players under 22.

The final drew a sell-out crowd of about 8,000 to the arena, with thousands more watching on big screens outside. Fans waved flags and banged inflatable sticks throughout the match, and the noise rose to a deafening level as Thailand saved two set points in the fourth set.

Setter Pornpimol Thongdee controlled the game from the second set onwards, spreading the attack between Kanokwan and the middle blockers to keep Japan's defence guessing. Thailand made only 14 unforced errors, compared with 23 for Japan.

The victory secures Thailand a place at next year's world championship. Volleyball has become one of the most popular sports in Thailand, with the women's national team attracting television audiences larger than those for most football matches.

The team will be welcomed at Government House on Monday.

The road to the final was far from smooth. Thailand lost to China in the group stage and needed a five-set win over South Korea in the semi-finals, saving a match point in the fourth set before taking the tie-break 15-12. Coaches said that comeback had given the young players the belief they needed for the final.

Japan's coach said Thailand had deserved to win. "Their defence was outstanding. We could not find a way through in the important moments," he said.
"""),

dict(paper=P, slug="phuket-hotel-occupancy-high-season", label="Business",
     title="Phuket hotels near full as high season starts early",
     standfirst="Occupancy reached 82% in mid-November as visitors from India and Europe offset fewer arrivals from China.",
     authors=["Kittipong Chaiyaporn"], published="2026-11-22T04:00:00Z", section="business",
     tags=["Tourism", "Phuket", "Hotels"],
     image=("phuket-beach", "Visitors on a beach in Phuket.", "Somchai Kaewmanee", "Phuket beach"),
     body="""
Hotel occupancy in Phuket reached 82% in the middle of November, the highest level for the time of year since 2019, as the island's high season started earlier than usual, according to the Phuket Tourist Association.

The association said strong demand from India, Russia and Europe had offset a decline in visitors from China, which was once Phuket's largest source market.

Direct flights from several Indian cities launched this year have made India Phuket's fastest-growing market, with arrivals up more than 40% from a year earlier.

"We are seeing families and wedding groups from India booking months ahead. It has changed what hotels offer, from menus to event spaces," the association's president said.

Hoteliers said room rates had risen about 10% from last year, though rising costs for staff, food and electricity had limited profit growth.

The number of visitors from China has fallen by about a quarter from last year, according to immigration data, as economic uncertainty and competition from other destinations reduced travel. Hoteliers said Chinese tour groups had largely been replaced by independent travellers who stay longer but spend less on organised activities.

Phuket International Airport handled an average of 320 flights a day in the first half of November, close to its record. Airport officials said they were extending the departure hall and adding immigration counters to reduce queues, which have stretched to more than an hour at peak times.

Taxi and minivan drivers said business was better than at any time since the pandemic, though many complained that ride-hailing apps had cut into their earnings.

Local residents and business owners have raised concerns about traffic, water supply and waste as visitor numbers grow. Provincial officials said a new wastewater treatment plant and road improvements were planned for next year.
"""),

dict(paper=P, slug="ec-orders-recount-korat-by-election", label="Thailand",
     title="Election Commission orders recount in Nakhon Ratchasima by-election",
     standfirst="The winning margin of 212 votes was smaller than the number of ballots disputed at six polling stations.",
     authors=["Anan Wongsawat"], published="2026-10-12T09:00:00Z", section="politics",
     tags=["Election Commission", "By-election"],
     image=("ballot-box", "Election officials count ballots at a polling station.", "Wichai Phromma", "Counting ballots"),
     body="""
The Election Commission on Monday ordered a recount of ballots at six polling stations in a Nakhon Ratchasima by-election, after the losing candidate complained of irregularities in the count.

The winning candidate finished 212 votes ahead in the constituency, according to the provisional results. The complaint concerns about 450 ballots that were declared invalid at the six stations.

The commission said the recount would be held on Thursday in the presence of representatives of both candidates and observers, and streamed live online.

"We want the public to have full confidence in the result. A recount is the fastest way to settle doubts," a commission official said.

The by-election was called after the previous member of parliament resigned to take up a post in the private sector. Turnout was 61%.

The losing candidate, a former provincial councillor, told reporters outside the commission's office in Bangkok that he had evidence that valid ballots had been wrongly rejected because voters had marked them with ticks rather than crosses. "People made their choice clearly. A tick is not a crime," he said.

Election law requires ballots to be marked with a cross in the box next to the chosen candidate, but the commission has previously issued guidance that clearly marked ballots should be counted even if the mark is not a perfect cross.

Political observers said the case would be closely watched as a test of the commission's handling of disputes. The commission has faced criticism in previous elections for slow and opaque decisions on complaints.

Local residents said they were tired of the uncertainty. "We voted three weeks ago and we still do not know who our MP is," said a market trader in the constituency. "Just count the papers again in front of everyone and be done with it."

Both candidates said they would accept the result of the recount.
"""),
]
