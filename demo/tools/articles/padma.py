"""The Padma Observer (Dhaka). Fictional."""

P = "padma-observer"

ARTICLES = [
dict(paper=P, slug="cyclone-sarai-landfall-kutubdia", label="Environment",
     title="Cyclone Sarai lashes coast: 11 dead, 1.2 million in shelters",
     standfirst="The severe cyclonic storm crossed the coast near Kutubdia around 3:00am with winds of 150kmph, flattening mud houses and uprooting trees across Chattogram and Cox's Bazar.",
     authors=["Arif Hossain", "Tahmina Akter"], published="2026-11-19T02:00:00Z", updated="2026-11-19T09:00:00Z",
     section="society", event="cyclone-sarai", dateline="Chattogram and Dhaka",
     tags=["Cyclone Sarai", "Chattogram", "Cox's Bazar", "Disaster"],
     image=("cyclone-coast", "Residents of Kutubdia wade through floodwater after the storm surge on Thursday morning.", "Mizanur Rahman", "Kutubdia after the surge"),
     body="""
Severe Cyclonic Storm Sarai crossed the coast near Kutubdia island between Chattogram and Cox's Bazar around 3:00am on Thursday, killing at least 11 people, flattening thousands of mud and tin houses and cutting power to large parts of the southeast.

The storm made landfall with sustained winds of about 150kmph, gusting up to 180kmph, said Azizur Rahman Bhuiyan, a duty forecaster at the Storm Warning Centre in Dhaka. A storm surge of 2.5 to 3 metres above normal tide swept over low-lying islands including Kutubdia, Moheshkhali and Sandwip.

Great danger signal number 10 had been hoisted for the Chattogram and Cox's Bazar maritime ports on Wednesday evening, and great danger signal number 8 for Mongla and Payra.

Kamrul Hasan Mridha, senior secretary of the Ministry of Disaster Management and Relief, told reporters at the ministry's control room that about 1.2 million people had been moved to more than 7,800 cyclone shelters in 14 coastal districts before the storm arrived.

"The evacuation saved many lives. Without it, we would be counting in hundreds, not in tens," he said. He said the 11 confirmed deaths were mostly caused by falling trees and collapsing houses, and that the number could rise as rescue teams reached cut-off areas.

Of the dead, four were in Cox's Bazar, three in Chattogram, two in Bhola and one each in Noakhali and Lakshmipur, according to the ministry's control room. At least 160 people were injured.

## Island cut off

Kutubdia, an island of about 150,000 people, remained cut off by Thursday morning. Local upazila officials said embankments had been breached in at least four places and that seawater had entered several unions.

"The water came up to my chest in 10 minutes. We ran to the shelter with the children on our shoulders," said Rokeya Begum, 36, who spent the night in a two-storey cyclone shelter in Ali Akbar Dail union with her three children. "Our house is gone. Only the posts are standing."

In Cox's Bazar, Deputy Commissioner Shahana Parvin said 52 shelters were damaged in the Rohingya camps in Ukhiya and Teknaf, where nearly a million refugees live, but that no deaths had been reported there.

Chattogram port suspended all operations, and about 70 vessels were moved to the outer anchorage before the storm. Port officials said operations would remain suspended for at least 36 hours. Flights at Shah Amanat International Airport in Chattogram were also suspended until Thursday evening.

The Bangladesh Power Development Board said supply had been cut to about 2.3 million customers as a precaution and because of damaged lines.

The Storm Warning Centre said Sarai had weakened into a cyclonic storm over the Rangamati hills by 9:00am and would weaken further into a deep depression by Thursday evening, bringing heavy to very heavy rain across Chattogram division. It warned of landslides in the hill districts.

The ministry said it had allocated Tk 5 crore in cash, 2,500 tonnes of rice and 40,000 packets of dry food for the affected districts. Navy ships carrying relief and medical teams were expected to reach Kutubdia and Sandwip by Thursday afternoon.

## Shelters packed beyond capacity

Many shelters held far more people than they were built for. At a primary school shelter in Moheshkhali designed for 800 people, volunteers said about 1,900 had crowded in by midnight, along with goats and chickens that families refused to leave behind.

"We had no space to sit, only to stand. The children were crying all night and there was only one toilet working," said Nurul Amin, 52, a salt farmer. "But the walls held. Outside, everything was flying."

Volunteers of the Cyclone Preparedness Programme had gone from house to house with megaphones and flags from Wednesday afternoon, urging people to move. Several volunteers said some men had refused to leave their homes and boats until the wind picked up after dark, and had to be persuaded to move at the last minute.

Women's rights groups have long complained that shelters lack separate spaces and toilets for women, which discourages some families from using them. The ministry said 60 new shelters built this year included separate facilities, and that more would follow.

## Fewer deaths than in the past

Disaster experts said the toll, though tragic, showed how far Bangladesh's preparedness had come. Cyclones of similar strength killed tens of thousands of people in 1970 and 1991, when few shelters existed and warnings reached only a fraction of the coast.

"The system of warnings, volunteers and shelters is now one of the best in the world. What remains is livelihoods," said Professor Farhana Yasmin, a disaster management expert at a public university in Dhaka. "People survive the storm and then lose their houses, their salt fields, their fish ponds. Recovery is where we are still weak."

Early estimates by local officials suggested that more than 30,000 houses had been fully or partly damaged in Cox's Bazar and Chattogram districts, and that shrimp enclosures and salt fields over several thousand hectares had been inundated by saline water.
"""),

dict(paper=P, slug="chattogram-port-reopens-after-cyclone", label="Business",
     title="Chattogram port resumes operations, backlog of 40,000 boxes",
     standfirst="Ships began returning to jetties on Friday morning as port officials said it would take at least a week to clear the backlog caused by Cyclone Sarai.",
     authors=["Arif Hossain"], published="2026-11-20T06:00:00Z", section="business",
     event="cyclone-sarai", event_role="follow-up", dateline="Chattogram",
     tags=["Cyclone Sarai", "Chattogram Port", "Shipping"],
     image=("port-jetty", "A container vessel berths at Chattogram port on Friday.", "Mizanur Rahman", "Chattogram jetty"),
     body="""
Chattogram port resumed operations on Friday morning after a suspension of 38 hours caused by Cyclone Sarai, with officials warning that it would take at least a week to clear a backlog of about 40,000 containers.

The first vessels returned from the outer anchorage to the jetties at about 7:00am, port authority secretary Mohammad Jashim Uddin told The Padma Observer. All 70 ships that had been moved out before the storm were safe except one bulk carrier that ran aground on a sandbar near Patenga, he said.

"We will work round the clock, three shifts, no holidays, until the yard is normal," he said.

Garment exporters said some shipments meant for European buyers for the Christmas season would be delayed by several days. Leaders of the garment manufacturers' association said they had asked buyers to show flexibility on delivery dates and not to impose penalties.

On Friday morning, long queues of covered vans and trailers formed on the port access road as transport operators rushed to collect import consignments that had been stuck since Wednesday. Traffic police said congestion stretched more than three kilometres towards Barik Building at one point.

Port officials said the authority would keep the yard and the customs house open for 24 hours a day until Monday and had asked private inland container depots to take extra import containers to ease pressure on the port yard.

Shipping agents said freight charges for some feeder services to Singapore and Colombo had risen by 10 to 15 per cent because of the disruption, though they expected rates to return to normal within a few weeks.

In Kutubdia, navy and coast guard teams continued distributing drinking water and dry food on Friday. Local officials said embankment repairs would have to be completed before the next spring tide to prevent further flooding.

The death toll from the cyclone rose to 14 on Friday after three more bodies were recovered on Kutubdia and Sandwip, the disaster management ministry said.
"""),

dict(paper=P, slug="bangladesh-women-seal-series-ireland", label="Sports",
     title="Tigresses seal ODI series against Ireland with a game to spare",
     standfirst="Opener Sumaiya Khatun's unbeaten 88 steered Bangladesh to a six-wicket win in Sylhet.",
     authors=["Nusrat Jahan"], published="2026-11-14T13:00:00Z", section="sport", dateline="Sylhet",
     tags=["Cricket", "Women's cricket"],
     image=("cricket-ground", "Sumaiya Khatun plays a shot during her unbeaten 88 in Sylhet.", "Kamrul Islam", "Sylhet stadium"),
     body="""
Opener Sumaiya Khatun struck an unbeaten 88 as Bangladesh women beat Ireland by six wickets in the second one-day international in Sylhet on Saturday, sealing the three-match series with a game to spare.

Chasing 221 for victory, Bangladesh reached the target with 19 balls remaining, Sumaiya hitting nine fours and two sixes in a 116-ball innings.

"The pitch was a bit slow at the start, so the plan was to bat through and let others play around me," said Sumaiya, who was named player of the match.

Earlier, Ireland were restricted to 220 for eight after being sent in to bat. Left-arm spinner Nahida Parvin took three for 34, while pacer Marufa Sultana picked up two wickets with the new ball.

Ireland's captain said her side had been 20 runs short. "We had a good platform at 130 for two, but we lost wickets in clusters against their spinners," she said.

Sumaiya added 71 for the second wicket with Fargana Begum, who made 39, and an unbroken stand of 64 with wicketkeeper Nigar Ahmed took Bangladesh home. Ireland's off-spinner took two wickets but was unable to stop the flow of runs in the last 10 overs.

The series win is Bangladesh's third in a row at home and lifts them to seventh in the ICC Women's Championship table, keeping alive their hopes of direct qualification for the next World Cup.

Bangladesh coach Mahbubur Rahman praised his bowlers for their discipline. "On a good batting pitch, we gave away only 14 extras. That is the difference between winning and losing," he said.

About 6,000 spectators, many of them schoolgirls who were given free entry, watched the match at the Sylhet International Cricket Stadium. Organisers said it was one of the largest crowds for a women's international in Bangladesh.

The third and final match will be played in Sylhet on Tuesday.
"""),

dict(paper=P, slug="election-commission-voter-list-update", label="National",
     title="EC finalises voter list: 1.3 crore new voters added",
     standfirst="Women now make up 49.6 per cent of registered voters after a door-to-door drive, the commission said.",
     authors=["Rafiqul Islam Chowdhury"], published="2026-10-08T10:00:00Z", section="politics",
     tags=["Election Commission", "Voter list"],
     image=("voter-registration", "Officials register voters in a Dhaka neighbourhood during the update drive.", "Kamrul Islam", "Voter registration"),
     body="""
The Election Commission on Thursday published the final updated voter list, adding about 1.3 crore new voters following a nationwide door-to-door registration drive.

The country now has 13.1 crore registered voters, of whom 49.6 per cent are women, the commission's secretary told a press briefing at the Agargaon election building. The share of women was 48.9 per cent in the previous list.

About 21 lakh names of dead voters were removed during the update, and 3.4 lakh duplicate entries were cancelled after biometric checks, he said.

The secretary said special efforts had been made to register women in rural areas, transgender citizens and residents of remote char and hill areas, with mobile registration teams visiting 1,800 unions that had low registration rates.

"A voter list is the foundation of an election. We want every eligible citizen on it and no one on it twice," he said.

Election observers welcomed the increase in women's registration but said the commission should publish the full methodology of the duplicate checks. A coalition of observer groups said it had received complaints of eligible voters being removed in error in at least three districts.

The commission said the number of voters aged 18 to 25 had risen sharply as a result of the drive, with about 72 lakh young people registered for the first time. Many of them were added through school and college registration camps.

The updated list will be used for local government elections scheduled for next year. The commission said printed copies of the list would be distributed to all upazila election offices by the end of November, and that candidates and parties could buy copies in CD form from December.

Citizens can check their registration through an SMS service and on the commission's website, the secretary said. Claims and objections can be filed with local election offices until November 15.
"""),

dict(paper=P, slug="garment-exporters-seek-deadline-extension", label="Business",
     title="Garment makers seek more time to meet new EU due diligence rules",
     standfirst="Exporters say small factories cannot afford the audits needed to document working conditions across their supply chains by 2027.",
     authors=["Tahmina Akter"], published="2026-11-02T09:00:00Z", section="business",
     tags=["Garments", "Exports", "European Union"],
     image=("garment-factory", "Workers at a garment factory in Gazipur.", "Kamrul Islam", "Garment factory"),
     body="""
Leaders of the garment industry on Monday urged European buyers and the government to press for a longer transition period for new European Union rules requiring companies to check for human rights and environmental abuses in their supply chains.

Under the rules, large European retailers must document working conditions and environmental practices among their suppliers, including factories in Bangladesh. Exporters say the cost of audits and data systems will fall heavily on small and medium factories.

"Big factories have compliance teams. The factory with 400 workers in Narayanganj has one manager doing everything," the president of the garment manufacturers' association said at a seminar in Dhaka. "We support the goal. We are asking for time and for buyers to share the cost."

The association estimates that more than 1,500 small and medium factories could struggle to meet the requirements, putting around 8 lakh jobs at risk if buyers shift orders to larger suppliers.

Labour rights groups argued that the rules would benefit workers and should not be delayed. A leader of a garment workers' federation said the industry had had years to prepare. "Every time there is a new standard, the owners say it is too soon," she said.

An official of the commerce ministry said the government was discussing the issue with the EU delegation in Dhaka and would seek technical assistance for smaller factories.

Under the EU rules, large companies that fail to identify and address abuses in their supply chains could face fines and civil liability. Buyers have begun sending detailed questionnaires to suppliers asking about wages, working hours, chemical use and factory safety.

Some larger exporters said the rules could also be an opportunity. The owner of a factory group in Gazipur that already publishes detailed sustainability reports said buyers were increasingly concentrating orders with suppliers that could provide reliable data, and that Bangladesh should position itself as a leader in compliance rather than resisting it.

Garments account for more than 80 per cent of Bangladesh's export earnings, and the EU is the largest destination.
"""),

dict(paper=P, slug="mobile-money-agents-go-solar-chars", label="Tech",
     title="Solar power keeps mobile money agents open on river islands",
     standfirst="A pilot scheme has equipped 600 agents in Kurigram and Gaibandha chars with solar kits, ending days-long closures during power cuts.",
     authors=["Nusrat Jahan"], published="2026-10-15T04:00:00Z", section="technology",
     dateline="Kurigram", tags=["Mobile financial services", "Solar", "Chars"],
     image=("solar-kiosk", "A mobile money agent's solar-powered shop on a char in Kurigram.", "Mizanur Rahman", "Char kiosk"),
     body="""
On the char islands of the Brahmaputra in Kurigram, where grid electricity arrives for only a few hours a day, Abdul Mannan's shop now stays open after dark. A solar panel on his tin roof charges a battery that powers a light, a phone charger and the smartphone he uses to send and receive mobile money for his neighbours.

"Before, when my phone died, people had to cross the river to get their money. Now they come to me any time," said Mannan, 44, who has worked as a mobile financial services agent for six years.

He is one of about 600 agents in Kurigram and Gaibandha who have received solar kits under a pilot scheme run by a mobile money provider and a development organisation. The kits cost about Tk 18,000 each, and agents pay back half the cost over two years.

Mobile money has become essential on the chars, where there are no bank branches. Families receive remittances from relatives working in Dhaka and abroad, and government allowances for the elderly and widows are increasingly paid through mobile accounts.

Organisers said agents with solar kits had been able to stay open an average of 27 days a month, compared with 19 days before.

Agents say the kits have also changed their evenings. Mannan's shop has become a gathering place after dark, with neighbours charging phones and watching news on a small screen. He charges Tk 10 to charge a phone, which he says brings in a useful extra income.

The char islands, formed by sediment deposited by the Brahmaputra and Teesta rivers, are home to several lakh people. Many chars are flooded every monsoon and some disappear altogether as the rivers shift, making permanent infrastructure expensive to build.

"For people here, the river decides everything. Now at least the sun helps a little," Mannan said.

The provider plans to extend the scheme to 3,000 agents in flood-prone districts next year.
"""),

dict(paper=P, slug="dhaka-kathmandu-power-trade", label="International",
     title="Dhaka, Kathmandu agree to expand power trade to 500MW",
     standfirst="Nepal will sell more hydroelectricity to Bangladesh through India's grid under a long-term arrangement agreed at secretary-level talks.",
     authors=["Rafiqul Islam Chowdhury"], published="2026-10-21T12:00:00Z", section="diplomacy",
     tags=["Nepal", "Energy", "Regional cooperation"],
     image=("power-lines", "High-voltage transmission lines near Bheramara.", "Kamrul Islam", "Transmission lines"),
     body="""
Bangladesh and Nepal on Wednesday agreed to raise the amount of electricity Nepal sells to Bangladesh to 500 megawatts over the next three years, up from the current 40 megawatts, officials said after energy secretary-level talks in Dhaka.

The power will be transmitted through India's grid under a trilateral arrangement, using the existing cross-border link at Bheramara and a new line that is under construction.

Nepal has surplus hydroelectricity during the monsoon months, when its rivers are full, while Bangladesh's demand peaks in the hot, humid summer. Officials said the seasonal match made the trade attractive for both countries.

"Clean power from the Himalayas in our summer, and in future perhaps our power to Nepal in their dry winter. This is what regional cooperation should look like," the power secretary told reporters after the meeting.

The two sides also agreed to study joint investment in a hydropower project in eastern Nepal, from which Bangladesh would buy electricity.

Energy analysts welcomed the deal but noted that the price and the transmission charges to be paid to India had not been disclosed. "The volume is encouraging. The question is what the tariff will be, and whether it is cheaper than our own generation," said an energy economist at a Dhaka university.

Bangladesh first began importing electricity from Nepal last year, when 40 megawatts flowed through India's grid during the monsoon season under a pilot agreement. Officials said the pilot had gone smoothly and proved that a three-country arrangement was workable.

Nepal's delegation, led by its energy secretary, said the country had plans to export several thousand megawatts of hydroelectricity to neighbouring countries in the coming decade as new power plants are completed.

Bangladesh currently depends on imported gas, coal and oil for most of its electricity.
"""),

dict(paper=P, slug="old-dhaka-rickshaw-painters-online", label="City",
     title="Old Dhaka's rickshaw painters find new buyers online",
     standfirst="As fewer rickshaws carry hand-painted art, a handful of artists are selling their work to collectors at home and abroad.",
     authors=["Tahmina Akter"], published="2026-09-18T03:00:00Z", section="society",
     tags=["Art", "Old Dhaka", "Rickshaw art"],
     image=("rickshaw-art", "Painted panels in a workshop in Bangshal.", "Mizanur Rahman", "Rickshaw art"),
     body="""
In a cramped workshop in Bangshal, Old Dhaka, Harun Miah dips a fine brush into a tin of bright pink enamel and adds the final petals to a lotus on a tin panel. For four decades, he has painted film stars, birds, tigers and village scenes for the backs of cycle rickshaws. These days, his panels are more likely to end up on a wall in Berlin than on the streets of Dhaka.

"The rickshaw owners don't want paintings any more. They want printed stickers, cheap and fast," said Harun, 61. "But people on the internet want the real thing."

Over the past three years, Harun and a handful of other painters have begun selling panels through social media pages and online craft shops run by young entrepreneurs. A panel that a rickshaw owner would once pay Tk 500 for can now sell for Tk 5,000 to Tk 15,000 to collectors.

Rickshaw painting was recognised as an element of intangible cultural heritage of humanity by UNESCO in 2023, which drew attention to the art form and its dwindling number of practitioners.

Researchers estimate that fewer than 100 traditional rickshaw painters remain active in Dhaka, compared with several hundred in the 1980s.

The online trade has brought its own problems. Some sellers pass off printed copies as hand-painted, and painters complain that middlemen take most of the profit. Harun has started signing each panel on the back and posting videos of himself at work.

Art students from Dhaka's fine arts institutes have also begun visiting the Bangshal workshops to learn the style, with its bold outlines, bright enamel colours and decorative borders. Some have adapted it for posters, book covers and restaurant walls, which older painters say has helped keep the tradition visible even as the rickshaws themselves change.

His grandson, 19-year-old Sabbir, now helps him manage orders. "I thought this was an old man's work," Sabbir said. "Now I am learning to paint too."
"""),

dict(paper=P, slug="rooftop-gardens-cool-dhaka-2023", label="City",
     title="Rooftop gardens help cool Dhaka homes, study finds",
     standfirst="Top-floor flats under green roofs were up to 4 degrees cooler during last month's heatwave, researchers say.",
     authors=["Tahmina Akter"], published="2023-05-14T04:00:00Z", section="society",
     tags=["Heat", "Urban gardens", "Climate"],
     image=("rooftop-garden", "A rooftop garden in Dhanmondi.", "Mizanur Rahman", "Dhanmondi rooftop"),
     body="""
Rooftop gardens reduced indoor temperatures in top-floor flats in Dhaka by up to 4 degrees Celsius during last month's heatwave, according to a study by researchers at a public university.

The researchers placed temperature sensors in 60 top-floor flats in Dhanmondi, Mohammadpur and Mirpur, half of them under rooftop gardens and half under bare concrete roofs. They found that flats under gardens were on average 2.8 degrees cooler in the afternoon, and up to 4 degrees cooler on the hottest days.

Dhaka recorded a temperature of 40.6 degrees Celsius in April, one of the highest in decades.

"Concrete roofs absorb heat all day and release it into the flat at night. Plants and soil act as insulation and cool the air through evaporation," said the lead researcher, an associate professor of architecture.

Dhaka South City Corporation offers a 10 per cent holding tax rebate to buildings with rooftop gardens, but few owners have applied. Researchers urged the city corporations to simplify the process.

The study also found that rooftop gardens reduced the surface temperature of the roof slab itself by as much as 15 degrees Celsius in the afternoon. Researchers said this could extend the life of buildings by reducing cracking caused by heat.

Urban planners say Dhaka's rapid growth has replaced trees and ponds with concrete, intensifying the so-called urban heat island effect, in which city centres are considerably hotter than surrounding rural areas.

The researchers cautioned that rooftop gardens required proper waterproofing and drainage, and that poorly built gardens could damage roofs. They recommended that city authorities publish simple technical guidelines and train local masons in the necessary techniques.

Homeowners say the gardens bring other benefits too. "I grow tomatoes, chillies and gourds for my family. And in the evening, it is the only cool place in the house," said Rehana Parvin, a retired schoolteacher in Mohammadpur.
"""),

dict(paper=P, slug="mirpur-warehouse-fire-controlled", label="City",
     title="Fire at Mirpur warehouse brought under control after five hours",
     standfirst="No casualties were reported, but fire service officials said the building had no fire safety plan.",
     authors=[], byline="Staff Correspondent", published="2026-11-11T17:00:00Z", section="society",
     tags=["Fire", "Mirpur"],
     image=("fire-smoke", "Smoke rises from the warehouse in Mirpur on Wednesday evening.", "Kamrul Islam", "Mirpur fire"),
     body="""
A fire that broke out at a plastic goods warehouse in Mirpur Section 11 on Wednesday afternoon was brought under control after about five hours, fire service officials said.

The fire started at around 2:30pm on the ground floor of the four-storey building and quickly spread to the upper floors, where plastic household goods and packaging material were stored. Twelve units of the fire service fought the blaze.

No casualties were reported. Workers and residents of neighbouring buildings were evacuated soon after the fire began.

A duty officer of the Fire Service and Civil Defence headquarters said the cause of the fire was not yet known. He said the building did not have a fire safety plan and that its narrow access road had slowed firefighters.

"We had to lay hose pipes through two lanes because the trucks could not reach the building," he said.

The owner of the warehouse said goods worth about Tk 3 crore had been destroyed.

Residents of the area said it was not the first fire in the neighbourhood, where many residential buildings house small factories and warehouses on their ground floors. "We live on top of plastic and chemicals. Every time there is a fire, we pray it does not come to our building," said a woman who lives in an adjacent building.

Fire service officials said they had served notices on several buildings in Mirpur in the past year for storing flammable goods without permission, but that many owners had ignored them.

Traffic on the Mirpur 10 to Mirpur 12 road was diverted for several hours during the firefighting, causing long tailbacks in the evening rush hour. Police said normal traffic resumed at around 9:00pm.

A five-member committee has been formed to investigate the fire and submit a report within seven working days.
"""),

dict(paper=P, slug="rajshahi-rangers-beat-dhaka-united", label="Sports",
     title="Rajshahi Rangers stun Dhaka United with late winner",
     standfirst="Substitute Fahim Ahmed scored in the 89th minute to give the newly promoted side their first league win.",
     authors=["Nusrat Jahan"], published="2026-11-21T15:00:00Z", section="sport",
     tags=["Football", "Premier League"],
     image=("football-pitch", "Rajshahi Rangers players celebrate the late winner.", "Kamrul Islam", "Late winner"),
     body="""
Newly promoted Rajshahi Rangers earned their first win of the season with a 2-1 victory over Dhaka United at the Rajshahi District Stadium on Saturday, thanks to a late goal from substitute Fahim Ahmed.

Dhaka United took the lead in the 23rd minute through their Nigerian striker, but Rangers equalised shortly after half-time when midfielder Shakil Hossain curled a free kick into the top corner.

With the match heading for a draw, Fahim, who came on in the 75th minute, met a low cross from the right and turned the ball in at the near post in the 89th minute, sending the home crowd of about 8,000 into celebration.

"I have waited all season for this moment. I only thought about the ball," said Fahim, 20.

Rangers were promoted last season after finishing second in the Championship League, and had collected only two points from their first six matches in the top flight. Their coach, a former national team defender, had said before the match that his side needed "one win to believe".

The home side defended deep for long periods in the first half and were fortunate not to concede a second goal when a header from a United defender hit the crossbar. After the break, they pressed higher up the pitch and created the better chances.

Rajshahi's next match is away to the league leaders in Dhaka on Friday.

The club's supporters have had little to cheer in recent years. Rangers spent most of the last decade in the second tier, and their stadium, built in the 1960s, is badly in need of repair. The district sports association said on Saturday that renovation of the main stand and floodlights would begin after the season, funded by a grant from the sports ministry.

The result lifts Rajshahi off the bottom of the table. Dhaka United, who had been unbeaten in four matches, dropped to third.
"""),

dict(paper=P, slug="sundarbans-fringe-4g-towers-2019", label="Tech",
     title="4G towers reach villages on Sundarbans fringe",
     standfirst="Operators say new towers in Shyamnagar and Koyra will also help send cyclone warnings to fishermen and honey collectors.",
     authors=["Nusrat Jahan"], published="2019-08-12T05:00:00Z", section="technology",
     dateline="Satkhira", tags=["Telecom", "Sundarbans"],
     image=("mangrove-tower", "A new mobile tower near the Sundarbans in Shyamnagar.", "Mizanur Rahman", "Sundarbans fringe"),
     body="""
Villages on the edge of the Sundarbans in Satkhira and Khulna now have 4G mobile internet for the first time, after two operators switched on new towers in Shyamnagar and Koyra upazilas this month.

The towers cover about 40 villages, home to an estimated 2 lakh people, many of whom depend on the mangrove forest for fishing, crab collection and honey gathering.

Operators said the towers would also extend coverage a few kilometres into the forest's rivers, which could help send cyclone warnings to fishermen and allow them to call for help in emergencies.

"When we go inside the forest for 15 days, our families have no news of us. Even one bar of signal near the edge will change that," said Abdul Jalil, a honey collector from Munshiganj union.

Local students welcomed the faster internet. "I used to climb on the roof to download my lessons," said Sumaiya Akter, a college student in Shyamnagar.

Until now, residents had to travel to the upazila headquarters or climb trees and rooftops to find a weak 2G signal. Shopkeepers said mobile financial services had also become easier to use with the improved network.

The operators said each tower had been built on raised foundations to protect it from storm surges, after towers in the area were damaged by previous cyclones.

Forest officials said they hoped the network would also help them monitor illegal fishing and poaching inside the forest, though they cautioned that coverage inside the Sundarbans would remain limited.

Mobile phone use has also changed how fishermen sell their catch. With internet access, traders in Khulna can agree prices with crab collectors before their boats reach the market, which fishermen say has reduced the hold of middlemen who used to set prices at the landing point.

The towers are powered by solar panels and batteries, as grid supply in the area is unreliable.
"""),
]
