"""Han River Daily (Seoul). Fictional."""

from articles.straits import ARTICLES as _STRAITS

P = "hanriver-daily"

_AGEING = next(a for a in _STRAITS if a["slug"] == "ageing-cities-robots-older-workers")

ARTICLES = [
# Syndicated from The Straits Ledger: identical body, own headline and template.
dict(paper=P, slug="asia-ageing-cities-robots-older-workers", label="Society",
     title="How Asia's ageing cities are turning to robots and older workers",
     standfirst=_AGEING["standfirst"],
     authors=["Priya Devan"], published="2026-11-09T06:00:00Z", section="society",
     syndicated_from="straits-ledger/articles/ageing-cities-robots-older-workers.html",
     tags=["Ageing", "Workforce", "Robotics"],
     image=("care-robot", "A robotic trolley delivers medicine in a hospital ward in Singapore.", "Shaun Tay", "Ward robot"),
     photo_credit="Shaun Tay/The Straits Ledger",
     body=_AGEING["body"]),

dict(paper=P, slug="busan-offshore-wind-groundbreaking-ko", lang="ko", label="Industry",
     encoding="EUC-KR",
     title="부산 앞바다 해상풍력 단지 착공…2030년 가동 목표",
     standfirst="발전 용량 1.2기가와트 규모로 약 90만 가구가 쓸 수 있는 전력을 생산할 예정이다.",
     authors=["박지원"], email="jwpark@hanriver.example", published="2026-11-18T02:00:00Z", section="business",
     tags=["해상풍력", "부산", "에너지"],
     image=("wind-turbines", "부산 앞바다에 설치될 풍력 발전기의 모형.", "Kim Tae-hyun", "Offshore wind"),
     body="""
부산 앞바다에 들어서는 대규모 해상풍력 단지가 18일 착공식을 열고 본격적인 공사에 들어갔다. 사업자 측은 2030년 상업 운전을 목표로 하고 있다.

이 단지는 부산 해운대구에서 남동쪽으로 약 20킬로미터 떨어진 해역에 들어선다. 모두 80기의 풍력 발전기가 설치되며, 발전 용량은 1.2기가와트로 약 90만 가구가 1년 동안 쓸 수 있는 전력을 생산할 수 있다.

총사업비는 약 6조 원으로, 국내 조선사와 철강사가 발전기 하부 구조물과 해저 케이블 제작에 참여한다. 사업자 측은 건설 기간 동안 연인원 3만 명 이상의 일자리가 생길 것으로 내다봤다.

그동안 해상풍력 사업은 어민들의 반대로 진행이 더뎠다. 풍력 단지가 어장을 줄이고 어선의 항로를 막는다는 이유에서다. 사업자 측은 지역 수산업 협동조합과 2년 넘게 협의한 끝에 발전 수익의 일부를 어민 기금으로 적립하기로 합의했다.

부산의 한 어촌계장은 "처음에는 반대가 심했지만, 어민들이 직접 참여하는 방식으로 바뀌면서 분위기가 달라졌다"며 "약속이 끝까지 지켜지는지 지켜볼 것"이라고 말했다.

전문가들은 이번 사업이 국내 해상풍력 산업의 시험대가 될 것으로 보고 있다. 한 대학의 에너지 정책 교수는 "정해진 기간과 예산 안에 완공된다면 다른 지역 사업에도 속도가 붙을 것"이라고 말했다.
"""),

dict(paper=P, slug="four-day-week-pilot-civil-servants", label="Politics",
     title="Assembly committee backs four-day week pilot for civil servants",
     standfirst="About 3,000 central government employees would work four 10-hour days a week for a year under the plan.",
     authors=["Lee Seung-hoon"], published="2026-11-13T08:30:00Z", section="politics",
     tags=["National Assembly", "Working hours"],
     image=("government-complex", "The government complex in Sejong.", "Kim Tae-hyun", "Sejong complex"),
     body="""
A National Assembly committee on Friday approved funding for a one-year trial of a four-day working week for about 3,000 central government employees, a step toward testing shorter working weeks in a country known for long hours.

Under the plan, civil servants at five ministries in Sejong would work four 10-hour days instead of five eight-hour days, with no change in pay. The trial is scheduled to begin in March and will be evaluated by an independent research institute.

The Public Administration and Security Committee passed the measure as part of next year's budget for the Ministry of the Interior and Safety. It still needs approval from the full Assembly, which is expected to vote on the budget early next month.

Supporters say the pilot will show whether compressed schedules can improve productivity and help workers balance jobs and child care, in a country with the world's lowest fertility rate. Koreans worked an average of about 1,870 hours last year, among the highest in the developed world.

"We are not asking people to work less. We are asking whether the same work can be done in a way that leaves people more life," said a ruling party lawmaker who proposed the trial.

Critics, including some opposition lawmakers, argued that 10-hour days could be exhausting and that services to the public might suffer. Ministry officials said offices would remain open five days a week by staggering staff schedules.

The research institute evaluating the trial will compare productivity, sick leave, staff turnover and public satisfaction at participating ministries with those of similar ministries that keep the five-day schedule. Results are due in the first half of 2028, after which the government will decide whether to expand the system.

Several local governments and private companies have already experimented with four-day weeks or "four-and-a-half day" schedules. A survey by a job portal last month found that 61 percent of office workers would take a shorter week even if it meant longer days.
"""),

dict(paper=P, slug="chipmakers-ramp-up-hbm-output", label="Industry",
     title="Chipmakers ramp up high-bandwidth memory output as AI orders pile up",
     standfirst="Hanseong Semiconductor says its new line in Pyeongtaek will double HBM capacity by the middle of next year.",
     authors=["Choi Min-ah"], published="2026-11-02T05:00:00Z", section="business",
     tags=["Semiconductors", "AI", "Exports"],
     image=("chip-wafer", "A technician inspects wafers at a clean room in Pyeongtaek.", "Kim Tae-hyun", "Clean room"),
     body="""
Korean chipmakers are racing to expand production of high-bandwidth memory, the stacked chips used in artificial intelligence accelerators, as orders from data center operators continue to outstrip supply.

Hanseong Semiconductor said Monday that a new production line in Pyeongtaek, Gyeonggi Province, had begun mass production and would double the company's HBM capacity by the middle of next year. The company said its output for 2027 was already fully booked.

High-bandwidth memory stacks several DRAM chips on top of each other and connects them with thousands of tiny vertical channels, allowing data to move to and from processors much faster than with conventional memory. Each AI accelerator needs several such stacks.

"Demand visibility is the best we have seen in the history of the memory business," Hanseong's head of memory strategy told analysts during an earnings call. "Customers are signing multi-year agreements, which was unheard of a few years ago."

The company reported operating profit of 9.8 trillion won for the third quarter, up 64 percent from a year earlier. Sales of HBM accounted for about 40 percent of its DRAM revenue.

Semiconductor exports, Korea's largest export item, rose 31 percent on-year in October to a monthly record, according to trade ministry data released Sunday.

Analysts cautioned that the memory industry has historically been prone to boom-and-bust cycles. "Everyone is adding capacity at the same time. At some point supply will catch up," said an analyst at a Seoul brokerage. "The question is whether AI demand keeps growing fast enough to absorb it."

The new Pyeongtaek line uses an advanced bonding process that allows 12 or more DRAM layers to be stacked, and the company said it had begun shipping samples of a 16-layer product to customers for testing. Engineers said yields on the most advanced stacks remained lower than for conventional DRAM, but were improving month by month.

Competition is also intensifying as rivals in the United States and China expand their own HBM production.
"""),

dict(paper=P, slug="lunar-relay-satellite-final-test", label="Science & Tech",
     title="Korea's lunar relay satellite passes final ground tests",
     standfirst="The spacecraft, designed to relay signals from the far side of the Moon, is scheduled for launch in the second half of 2027.",
     authors=["Yoon Dae-sung"], published="2026-10-22T03:00:00Z", section="technology",
     tags=["Space", "Moon"],
     image=("satellite-lab", "Engineers prepare the relay satellite for vibration testing in Daejeon.", "Kim Tae-hyun", "Satellite test"),
     body="""
A Korean satellite designed to relay communications from the far side of the Moon has completed its final round of ground tests, the national aerospace research institute said Thursday, clearing the way for shipment to the launch site next year.

The 680-kilogram spacecraft passed vibration, thermal vacuum and electromagnetic compatibility tests at the institute's facility in Daejeon, simulating the stresses of launch and the conditions of space.

Once in a halo orbit beyond the Moon, the satellite will relay data between Earth and landers or rovers operating on the lunar far side, which cannot communicate directly with ground stations because the Moon itself blocks the signal.

"This satellite is a piece of infrastructure. It does not do science itself; it allows others to do science," said the mission's project manager, Dr. Han Seo-yeon. "We hope it will be used by many countries' missions, not only our own."

The institute said it was in talks with space agencies in Europe and Asia about sharing the relay's capacity. The satellite is designed to operate for at least five years.

The far side of the Moon has become a focus of international exploration because it is shielded from radio noise from Earth, making it attractive for radio astronomy, and because its terrain is older and less studied than the near side.

Engineers said the most demanding part of the campaign had been the thermal vacuum test, during which the spacecraft spent 21 days in a chamber that cycled between minus 170 degrees Celsius and plus 120 degrees Celsius to simulate the conditions it will face in orbit.

The satellite's main antenna, which unfolds to a diameter of 3.2 meters after launch, was deployed and retracted 12 times during the tests without problems.

Launch is planned for the second half of 2027 on a foreign commercial rocket. Korea's first lunar orbiter, launched in 2022, continues to operate and has sent back thousands of images of the lunar surface.
"""),

dict(paper=P, slug="incheon-harbour-fc-promotion", label="Sports",
     title="Incheon Harbour FC return to top flight after three seasons",
     standfirst="A stoppage-time header from defender Jung Woo-jin sealed a 2-1 win over Cheonan and promotion with one game to spare.",
     authors=["Kang Hye-jin"], published="2026-11-08T11:00:00Z", section="sport",
     tags=["Football", "K League 2"],
     image=("football-night", "Incheon Harbour players celebrate promotion on Sunday.", "Kim Tae-hyun", "Promotion night"),
     body="""
Incheon Harbour FC secured promotion back to the top division on Sunday, beating Cheonan 2-1 at home with a header deep into stoppage time from center back Jung Woo-jin.

The result gave Incheon an unassailable seven-point lead at the top of the second division with one match remaining, ending a three-season absence from the top flight.

Cheonan had equalized in the 78th minute and looked set to delay the celebrations until, in the fourth minute of added time, Jung rose highest to meet a corner from Brazilian midfielder Thiago Ramos.

"I have never scored a header like that in my life," said Jung, 29, who had scored just twice all season. "I closed my eyes and the ball found my head."

More than 14,000 fans, the club's biggest crowd in four years, stayed long after the final whistle to sing with the players.

Incheon Harbour were relegated in 2023 after a season of financial turmoil in which the club fell behind on player salaries. A new ownership group led by local logistics companies took over the following year and cleared the debts.

This season the club lost only four of 35 league matches. Ramos, signed in the winter from a Brazilian second-division club, led the team with 12 assists, while forward Ahn Tae-yang scored 17 goals.

Supporters unfurled a giant banner reading "We never left" across one stand before kickoff, a reference to the thousands of fans who continued to buy season tickets after relegation.

The club's final league match is away from home next Saturday, after which the players will have three weeks off before pre-season training begins in January.

Head coach Seo Byung-chul, who took over after relegation, said the club would need to strengthen its squad significantly for next season. "The top division is a different world. We were promoted with heart. We will need quality too," he said.
"""),

dict(paper=P, slug="separated-families-video-reunions", label="North Korea",
     title="Seoul proposes video reunions for aging separated families",
     standfirst="Of the more than 133,000 South Koreans registered as separated from relatives in the North, fewer than 36,000 are still alive.",
     authors=["Lee Seung-hoon"], published="2026-09-28T04:00:00Z", section="diplomacy",
     tags=["Inter-Korean relations", "Separated families"],
     image=("border-fence", "A ribbon-covered fence near the inter-Korean border.", "Kim Tae-hyun", "Border fence"),
     body="""
South Korea proposed Monday that the two Koreas hold video reunions for families separated by the Korean War, ahead of next year's Lunar New Year holiday, saying time was running out for elderly relatives.

The unification ministry said it had sent the proposal through a liaison channel and offered to provide screens and equipment for reunion centers in the North. It said it had received no response by Monday afternoon.

According to ministry data, 133,650 South Koreans have registered as members of separated families since 1988. Fewer than 36,000 of them are still alive, and about two-thirds of those are in their 80s or older.

"For these families, every month matters," a ministry official told reporters. "We hope the North will respond from a humanitarian standpoint, setting aside political differences."

Face-to-face reunions were last held in 2018. Video reunions, in which families in both countries speak through screens at designated centers, were held several times in the 2000s.

Kim Soon-ja, 91, who fled her hometown in Hwanghae Province as a teenager, said she had applied for reunions more than 20 times without success. "I just want to know if my younger brother is alive," she said at a gathering of separated families in Seoul. "If I can see his face on a screen, that would be enough."

The ministry said it had also proposed exchanging letters and video messages recorded by elderly family members, which could be delivered even if real-time reunions were not possible. About 24,000 such video messages have already been recorded in the South and stored for future exchange.

Officials said the cost of equipment for reunion centers in the North would be covered by an inter-Korean cooperation fund, and that any transfer of equipment would comply with international sanctions.

Analysts said a response from the North was unlikely in the current climate, but that the proposal kept the issue on the agenda.
"""),

dict(paper=P, slug="jongno-letterpress-printer-apprentices", label="Culture",
     title="Jongno's last letterpress printer takes on apprentices",
     standfirst="At 76, Lim Chang-su still sets type by hand. Now three young designers are learning the craft in his cramped workshop.",
     authors=["Kang Hye-jin"], published="2026-10-10T00:00:00Z", section="society",
     tags=["Crafts", "Printing", "Jongno"],
     image=("letterpress", "Metal type in the workshop in Jongno.", "Kim Tae-hyun", "Metal type"),
     body="""
In a narrow alley behind Jongno 3-ga, the rhythmic clack of a letterpress machine carries into the street. Inside, Lim Chang-su, 76, picks metal letters from wooden cases with tweezers and lines them up in a composing stick, as he has done almost every day since 1967.

His shop is believed to be the last working letterpress printer in a district that once had dozens. For most of the past two decades, Lim worked alone, printing wedding invitations, business cards and the occasional book of poetry for a dwindling list of loyal clients.

That changed two years ago, when a graphic designer in her 20s knocked on his door and asked to learn. Now three young designers spend their weekends in the workshop, learning to set type, ink the press and judge the pressure that produces a crisp impression.

"At first I said no. Who learns this now?" Lim said, laughing. "But she came back every week. Eventually I gave up."

The apprentices say letterpress has found a new audience among people tired of screens. Orders for handmade invitations and art prints have risen, and a small exhibition of the workshop's prints drew more than 2,000 visitors in September.

One apprentice, Yoo Ji-min, 27, said learning from Lim had changed how she thought about design. "On a computer, you can move a letter a hundredth of a millimeter. Here, every space is a piece of metal you have to choose," she said.

Lim still works six days a week and shows no sign of slowing down. He has promised the apprentices that when he retires, the workshop and its presses will be theirs, on one condition: that they keep printing.

Lim's biggest worry is his supply of type. The foundries that once cast Korean metal type have closed, and he guards his stock of some 200,000 characters carefully. The apprentices are now working with a university lab to scan and recast worn letters.
"""),

dict(paper=P, slug="fine-dust-emergency-measures-2019", label="Society",
     title="Fine dust emergency measures enforced for sixth straight day",
     standfirst="Public parking lots were closed and older diesel vehicles banned from Seoul streets as ultrafine dust levels hit record highs.",
     authors=["Park Ji-won"], published="2019-03-06T03:00:00Z", section="society",
     tags=["Air pollution", "Fine dust"],
     image=("hazy-skyline", "Seoul's skyline shrouded in haze on Wednesday.", "Kim Tae-hyun", "Haze over Seoul"),
     body="""
Emergency measures to reduce fine dust were enforced in Seoul and surrounding areas for a sixth consecutive day Wednesday, the longest stretch since the system was introduced, as concentrations of ultrafine particles stayed at hazardous levels.

Under the measures, about 450 public parking lots in the capital region were closed, government employees were barred from driving to work on certain days, and older diesel vehicles were banned from Seoul's roads during daytime hours. Construction sites were ordered to shorten working hours and cover materials.

The average concentration of PM2.5 particles in Seoul reached 135 micrograms per cubic meter Tuesday, the highest since records began in 2015, according to the environment ministry. The level considered "very bad" starts at 76.

Pharmacies reported running out of protective masks, and many parents kept children home from school. Hospitals said they were seeing more patients with respiratory complaints.

"I have lived in Seoul for 40 years and I have never seen the sky like this for so many days," said Jang Mi-kyung, 62, who was waiting for a bus in Gwanghwamun wearing a mask. "You cannot see the mountains."

Experts attributed the haze to a combination of domestic emissions from vehicles, factories and coal-fired power plants, dust carried from abroad, and stagnant weather conditions that prevented pollutants from dispersing.

Schools canceled outdoor classes and sports days, and kindergartens were told to keep children indoors. Several local governments distributed free masks to elderly residents and people with respiratory illnesses.

Civic groups called on the government to declare fine dust a social disaster, which would allow emergency funds to be used for measures such as air purifiers in schools. Opposition lawmakers said the government had been too slow to act despite repeated warnings.

The government said it would consider additional steps, including temporarily shutting down more coal-fired power plants and using artificial rain, though scientists were skeptical of the latter.
"""),

dict(paper=P, slug="won-slides-exporters-hedge", label="Finance",
     title="Won slides to six-month low as exporters hold dollars",
     standfirst="Currency dealers say exporters are keeping overseas earnings abroad, adding to pressure on the won.",
     authors=["Choi Min-ah"], published="2026-09-15T07:30:00Z", section="business",
     tags=["Currency", "Won"],
     image=("currency-board", "A dealing room at a bank in Seoul.", "Kim Tae-hyun", "Dealing room"),
     body="""
The Korean won fell to its weakest level in six months against the US dollar on Tuesday, as exporters held on to their dollar earnings and foreign investors sold local stocks.

The won closed at 1,412.5 per dollar in Seoul, down 8.1 won from the previous session. It has lost about 3.5 percent against the dollar since early August.

Currency dealers said exporters, who normally convert a large share of their overseas earnings into won, were holding more dollars in expectation of further declines. Foreign investors sold a net 620 billion won worth of shares on the main KOSPI board, extending a week of outflows.

"Everyone is waiting for everyone else to sell dollars first," said a dealer at a commercial bank. "Until that changes, the won will stay under pressure."

Finance ministry officials said they were monitoring the market closely and would take stabilizing measures if movements became excessive. The ministry has urged large exporters in recent months to repatriate more of their earnings.

A weaker won helps exporters by making their goods cheaper abroad, but raises the cost of imported energy and food, adding to inflation.

Importers, meanwhile, rushed to buy dollars to pay for oil and raw materials before the won weakened further, adding to demand for the US currency. Airlines and refiners are among the companies most exposed to a weaker won, as they pay for fuel in dollars.

The Bank of Korea said in a report last week that the won had been weighed down by a gap in interest rates between Korea and the United States, as well as uncertainty over the outlook for semiconductor exports. The central bank's governor said it would respond to "herd behavior" in the currency market if necessary.

Economists said the currency was likely to remain volatile until the direction of US interest rates became clearer.
"""),

dict(paper=P, slug="seoul-jakarta-critical-minerals-pact", label="Foreign Affairs",
     title="Seoul, Jakarta sign pact on nickel supply and battery investment",
     standfirst="Korean battery makers will expand plants in Indonesia in return for long-term access to processed nickel, under an agreement signed in Jakarta.",
     authors=["Lee Seung-hoon"], published="2026-10-29T06:00:00Z", section="diplomacy",
     tags=["Indonesia", "Critical minerals", "Batteries"],
     image=("nickel-smelter", "A nickel processing plant on Sulawesi island.", "Kim Tae-hyun", "Nickel plant"),
     body="""
South Korea and Indonesia on Thursday signed an agreement to cooperate on the supply of nickel and other minerals used in electric vehicle batteries, as Seoul seeks to reduce its dependence on a small number of suppliers for critical materials.

Under the memorandum of understanding, signed in Jakarta by the two countries' industry ministers, Indonesia will facilitate long-term supply contracts for processed nickel to Korean companies. In return, Korean battery and materials makers will expand investment in processing and battery cell production in Indonesia.

Indonesia holds the world's largest reserves of nickel and has banned exports of raw nickel ore since 2020 to encourage companies to process the metal and build factories in the country. The policy has drawn billions of dollars of investment, much of it from Chinese companies.

"This agreement gives our companies a stable source of key materials and gives Indonesia the technology and jobs it wants. It is a partnership, not a purchase," Korea's industry minister told reporters after the signing ceremony.

Officials said three Korean companies had announced plans to invest a combined 4.2 trillion won in Indonesia over the next five years, including a cathode materials plant and the expansion of an existing battery cell factory near Jakarta.

The agreement also includes cooperation on environmental standards for mining and processing. Nickel mining in Indonesia has been criticized by environmental groups for deforestation, water pollution and the use of coal-fired power at smelters.

Korean officials said companies would be encouraged to source nickel from operations that meet international environmental and labor standards, which is increasingly demanded by carmakers in Europe and the United States.

Industry analysts said the deal could help Korean battery makers qualify for subsidies in markets that restrict the use of materials from certain countries, depending on how ownership of the processing plants is structured.

Indonesia is also in talks with Japan and several European countries on similar agreements.
"""),

dict(paper=P, slug="archers-sweep-team-events-asian-championships", label="Sports",
     title="Korean archers sweep team titles at Asian Championships",
     standfirst="The men's, women's and mixed teams all took gold in Dhaka, with 19-year-old Oh Yu-na shooting a perfect final end.",
     authors=["Kang Hye-jin"], published="2026-11-20T10:00:00Z", section="sport",
     tags=["Archery"],
     image=("archery-range", "Archers at the final of the Asian Championships.", "Kim Tae-hyun", "Archery final"),
     body="""
South Korea won all three team gold medals at the Asian Archery Championships on Friday, extending the country's long dominance of the sport at the regional level.

The women's recurve team of Oh Yu-na, Bae Seo-hyun and Moon Ga-eun beat Chinese Taipei 6-2 in the final, with Oh, 19, shooting three consecutive 10s in the last end to seal the match.

The men's team beat India 5-3 after a tense shoot-off, and the mixed team of Oh and Ryu Jae-hyeok defeated Japan 6-0.

"I was nervous in the first end, but my teammates told me to enjoy it," said Oh, who was competing in her first senior international championship. "After that I only thought about the target."

The championships, originally scheduled to be held in Chattogram, were moved to Dhaka this week after Cyclone Sarai struck Bangladesh's southeast coast. Organizers praised local officials for arranging the new venue at short notice.

The sweep continued a remarkable record for South Korea, which has won the majority of team titles at the Asian Championships since the event began. Team officials said the results were especially encouraging because the women's squad included two archers competing in their first major senior tournament.

Conditions on the range were difficult, with gusty winds blowing across the targets for much of the afternoon. Coaches said the team had trained specifically for windy conditions at a coastal range in South Jeolla Province before the tournament.

Oh, who took up archery at 10 after watching the Olympics on television, is now considered one of the country's brightest prospects. She shot a score of 678 in the ranking round, the highest in the women's competition.

The national team's head coach said the archers would return to Korea on Sunday and begin preparing for next year's World Cup season after a short break.

The individual finals will be held Saturday.
"""),
]
