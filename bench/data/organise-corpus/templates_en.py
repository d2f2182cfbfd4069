"""English article angles, one list per event kind.

Each angle is a dict with a list of headline patterns and an ordered list of
paragraph patterns. Patterns are str.format strings over the event facts plus
per-article slots filled by generate.py:
  qa/qa_who/qa_role, qb/qb_who/qb_role  quotes (rotated per source, so two
                                         papers lead with different officials)
  ca, cb                                 colour sentences (one detail per paper)
  weekday, date_long                     from the event time
Angles of one kind differ in structure (what leads, what order, how quotes are
attributed), not just in word choice: that is what makes same-event articles
paraphrases rather than copies.
"""

RATE = [
    {"head": ["{country_adj} central bank {head_full}"],
     "body": [
        "The {country_adj} central bank {dec1} on {weekday}, {why}.",
        "Inflation stood at {infl} per cent in the latest reading, against a target band the bank has missed for much of the past year. The monetary board voted {vote} in favour of the move.",
        "\"{qa},\" {qa_who}, {qa_role}, said after the meeting in {city}.",
        "{ca}",
        "The next policy meeting is scheduled for {next_date}.",
     ]},
    {"head": ["Rates: {headword} in {country} as board votes {vote}",
              "{gov_short} steers {headword} through monetary board"],
     "body": [
        "The monetary board delivered {dec2} on {weekday}, with members voting {vote}.",
        "Governor {gov}, who chaired the session in {city}, said the decision reflected {why_noun}. {qb_who}, {qb_role}, added: \"{qb}.\"",
        "Consumer prices rose {infl} per cent from a year earlier in the most recent figures, the statistics office said.",
        "{qa_who}, {qa_role}, was not surprised. \"{qa}.\"",
        "{cb}",
     ]},
    {"head": ["What the {rate_new}% policy rate means for borrowers in {country}"],
     "body": [
        "Borrowers in {country} will {borrower_effect} after the central bank's latest decision.",
        "The bank {dec1}, its monetary board said in a statement released at midday. Previously the rate stood at {rate_old} per cent.",
        "{ca}",
        "Officials pointed to inflation of {infl} per cent and to {why_noun}. \"{qb},\" said {qb_who}, {qb_role}.",
        "Banks are expected to adjust lending rates within weeks. The board meets again on {next_date}.",
     ]},
    {"head": ["Central bank: {head_full}", "BRIEF: {country_adj} policy rate now {rate_new}%"],
     "body": [
        "{rate_new} per cent: that is where the {country_adj} central bank set its benchmark rate on {weekday}, {from_phrase}.",
        "\"{qa},\" {qa_who} said.",
        "Board members voted {vote}. Headline inflation was last recorded at {infl} per cent.",
        "{cb}",
     ]},
]

QUAKE = [
    {"head": ["Magnitude {mag} earthquake kills {dead} in {region}",
              "{mag} quake strikes {region}, at least {dead} dead"],
     "body": [
        "An earthquake of magnitude {mag} struck {region} {hour} on {weekday}, killing at least {dead} people and injuring {injured}, officials said.",
        "The quake's epicentre was near {town} at a depth of {depth} kilometres, according to {agency}.",
        "\"{qa},\" said {qa_who}, {qa_role}.",
        "{ca}",
        "About {displaced} people spent the night in shelters. {aftershocks} aftershocks were recorded in the following hours.",
     ]},
    {"head": ["Survivors count losses in {town} after {region} quake"],
     "body": [
        "Residents of {town} were picking through rubble on {weekday} after the strongest earthquake to hit {region} in years left {dead} people dead.",
        "\"{qb},\" said {qb_who}, {qb_role}.",
        "{agency} put the magnitude at {mag} and said the quake was shallow, at {depth} km, which made the shaking more destructive.",
        "Hospitals in the area were treating {injured} injured people. {displaced} residents have been moved to temporary shelters.",
        "{cb}",
     ]},
    {"head": ["Death toll rises to {dead} after {region} earthquake"],
     "body": [
        "The number of people killed in the {region} earthquake has risen to {dead}, with {injured} others hurt, the disaster agency said.",
        "{ca}",
        "Rescue teams were focusing on the area around {town}, close to the epicentre. The tremor measured {mag} and struck {hour}.",
        "{qa_who}, {qa_role}, appealed for calm. \"{qa},\" {qa_who_short} said.",
        "Authorities counted {aftershocks} aftershocks and said {displaced} people were without homes.",
     ]},
    {"head": ["Live updates: earthquake in {region}"],
     "body": [
        "This page is being updated as information comes in about the earthquake that struck {region} {hour} on {weekday}.",
        "Latest: the confirmed toll stands at {dead} dead and {injured} injured.",
        "{agency} gives the magnitude as {mag}, depth {depth} km, epicentre near {town}.",
        "{qb_who} ({qb_role}): \"{qb}.\"",
        "Shelters: about {displaced} people have been registered at evacuation centres.",
        "{ca}",
     ]},
]

STORM = [
    {"head": ["{name} leaves {dead} dead in {region}",
              "{name} batters {region}; {evac} evacuated"],
     "body": [
        "{name} tore through {region} on {weekday} with winds of up to {wind} km/h, killing at least {dead} people and forcing {evac} residents from their homes.",
        "{agency} said {rain} mm of rain fell in 24 hours in some districts. {missing} people were reported missing.",
        "\"{qa},\" {qa_who}, {qa_role}, said.",
        "{ca}",
        "Power was cut to large parts of the region and schools stayed closed.",
     ]},
    {"head": ["Flooded streets and {missing} missing as {name} moves on"],
     "body": [
        "As {name} moved away from {region}, rescuers were still searching for {missing} people.",
        "{qb_who}, {qb_role}, said the search would continue through the night. \"{qb}.\"",
        "The storm brought gusts of {wind} km/h and dumped {rain} mm of rain, {agency} said. At least {dead} deaths have been confirmed.",
        "{cb}",
        "Some {evac} people remain in evacuation centres.",
     ]},
    {"head": ["{region}: counting the cost of {name}"],
     "body": [
        "{evac} people evacuated, {dead} dead, {missing} still missing: the toll from {name} in {region} became clearer on {weekday}.",
        "{ca}",
        "\"{qa},\" said {qa_who}.",
        "Meteorologists at {agency} recorded maximum winds of {wind} km/h and up to {rain} mm of rainfall.",
     ]},
    {"head": ["Live updates: {name}"],
     "body": [
        "Follow our coverage as {name} crosses {region}.",
        "Deaths: {dead} confirmed. Missing: {missing}. Evacuated: {evac}.",
        "Wind: {agency} measured gusts of {wind} km/h; rainfall reached {rain} mm.",
        "{qb_who}, {qb_role}: \"{qb}.\"",
        "{cb}",
     ]},
]

TALKS = [
    {"head": ["{side_a_short} and {side_b_short} agree on {outcome_short} in {venue}"],
     "body": [
        "Negotiators for {side_a} and {side_b} agreed on {outcome} on {weekday}, at the end of {round_desc} held in {venue}.",
        "The talks, facilitated by {mediator}, focused on {issues}.",
        "\"{qa},\" said {qa_who}, {qa_role}.",
        "{ca}",
        "{next_step}",
     ]},
    {"head": ["{venue} talks: what was agreed, and what was not",
              "Breakthrough in {venue}? Not quite, say negotiators"],
     "body": [
        "After days behind closed doors in {venue}, the two delegations emerged with {outcome} but without a deal on the hardest questions.",
        "{qb_who}, {qb_role}, called it \"a beginning\". \"{qb},\" {qb_who_short} added.",
        "The agenda of {round_desc} covered {issues}. The sessions were hosted by {mediator}.",
        "{cb}",
        "{next_step}",
     ]},
    {"head": ["{mediator_short} brokers {outcome_short} between {side_a_short} and {side_b_short}"],
     "body": [
        "With the help of {mediator}, {side_a} and {side_b} have agreed on {outcome}, the two sides said in a joint statement.",
        "\"{qa}.\" — {qa_who}, {qa_role}",
        "{ca}",
        "The agreement came during {round_desc} in {venue}. Observers said {issues} remain on the table.",
     ]},
    {"head": ["Editorial: the {venue} talks deserve a chance"],
     "body": [
        "It would be easy to dismiss {round_desc} between {side_a} and {side_b} as one more round of words. That would be a mistake.",
        "The two sides came away from {venue} with {outcome}, reached with the help of {mediator}. Agreements like this are easy to sign and hard to keep.",
        "{qb_who} put it well: \"{qb}.\"",
        "{cb}",
        "What matters now is follow-through. {next_step}",
     ]},
]

BILATERAL = [
    {"head": ["{country_a} and {country_b} sign {agreements} agreements in {venue}"],
     "body": [
        "{country_a} and {country_b} signed {agreements} agreements on {weekday} during talks in {venue} between {min_a} and {min_b}.",
        "The centrepiece was {topic_main}.",
        "\"{qa},\" said {qa_who}.",
        "Two-way trade reached {trade} last year, according to official figures.",
        "{ca}",
     ]},
    {"head": ["{topic_short} tops agenda as {min_b_short} visits {venue}",
              "{min_a_short}, {min_b_short} focus on {topic_short}"],
     "body": [
        "At the top of the agenda when {min_a} and {min_b} met in {venue} this week was {topic_main}.",
        "{qb_who}, {qb_role}, said: \"{qb}.\"",
        "The ministers also signed {agreements} memorandums covering other areas of cooperation.",
        "{cb}",
        "Trade between {country_a} and {country_b} was worth {trade} in the last full year.",
     ]},
    {"head": ["Analysis: why {venue} talks matter for {country_b}"],
     "body": [
        "For {country_b}, the visit of its delegation to {venue} was about more than the {agreements} documents that were signed.",
        "{ca}",
        "Officials on both sides described {topic_main} as the most important outcome. \"{qa},\" {qa_who}, {qa_role}, said.",
        "With trade at {trade}, there is room to grow, analysts said.",
     ]},
    {"head": ["{min_a_short} and {min_b_short} meet in {venue}; {agreements} deals signed"],
     "body": [
        "\"{qb}.\" With those words, {qb_who} summed up a day of talks in {venue} between {country_a} and {country_b}.",
        "{min_a} and {min_b} put their names to {agreements} agreements, the most significant being {topic_main}.",
        "{ca}",
        "The two countries did about {trade} of trade last year. Officials said the next round of talks would be held in {country_a}.",
     ]},
]

ELECTION = [
    {"head": ["{winner} wins {place} {office} race with {share_w}%"],
     "body": [
        "{winner} of the {party_w} has won the election for {office} of {place}, taking {share_w} per cent of the vote, according to official results released on {weekday}.",
        "{runner} of the {party_r} came second with {share_r} per cent. Turnout was {turnout} per cent.",
        "\"{qa},\" {qa_who}, {qa_role}, said.",
        "{ca}",
     ]},
    {"head": ["{party_w} takes {place} as {runner_short} concedes"],
     "body": [
        "{runner} conceded defeat in the {place} {office} election late on {weekday}, as counting showed a clear lead for {winner}.",
        "\"{qb},\" {qb_who}, {qb_role}, said in a short statement.",
        "Final figures gave {winner_short} {share_w} per cent against {share_r} per cent for {runner_short}, on a turnout of {turnout} per cent.",
        "{cb}",
        "The new {office} takes office next month.",
     ]},
    {"head": ["Live updates: {place} election count"],
     "body": [
        "Counting is under way in the {place} {office} election. We will update this page through the night.",
        "Turnout: the election commission reports {turnout} per cent.",
        "Latest count: {winner} ({party_w}) {share_w}%, {runner} ({party_r}) {share_r}%.",
        "{qa_who}: \"{qa}.\"",
        "{ca}",
     ]},
    {"head": ["Voters in {place} choose change", "A new {office} for {place}"],
     "body": [
        "Voters in {place} have chosen a new {office}, on a turnout of {turnout} per cent.",
        "{winner}, standing for the {party_w}, won {share_w} per cent.",
        "{cb}",
        "\"{qb},\" said {qb_who}, {qb_role}.",
        "Second-placed {runner} took {share_r} per cent.",
     ]},
]

BILL = [
    {"head": ["{legislature} passes {bill_name}"],
     "body": [
        "The {legislature} passed the {bill_name} on {weekday} by {vote_for} votes to {vote_against}.",
        "The law {provision1}. It also {provision2}.",
        "\"{qa},\" said {qa_who}, {qa_role}.",
        "{ca}",
     ]},
    {"head": ["New law {provision1_short}", "{bill_short}: what changes"],
     "body": [
        "Lawmakers in {country} have approved a law that {provision1}.",
        "The {bill_name} cleared the {legislature} with {vote_for} in favour and {vote_against} against after a long debate.",
        "Opponents were unconvinced. \"{qb},\" said {qb_who}, {qb_role}.",
        "{cb}",
        "Another clause {provision2}.",
     ]},
    {"head": ["Opposition cries foul as {bill_short} clears {legislature}"],
     "body": [
        "\"{qb}.\" That was the verdict of {qb_who}, {qb_role}, moments after the {bill_name} was approved.",
        "The vote in the {legislature} was {vote_for} to {vote_against}.",
        "{ca}",
        "Supporters say the law, which {provision1}, is overdue. \"{qa},\" {qa_who} said.",
     ]},
    {"head": ["{vote_for} to {vote_against}: {bill_short} becomes law"],
     "body": [
        "After months of committee hearings, the {bill_name} was approved on {weekday}.",
        "{cb}",
        "\"{qa},\" {qa_who} said after the result was announced.",
        "Under the new rules, the law {provision2}. Its central provision {provision1}.",
        "The final tally in the {legislature} was {vote_for} votes for and {vote_against} against.",
     ]},
]

DEAL = [
    {"head": ["{buyer} to buy {target} for {value}"],
     "body": [
        "{buyer} has agreed to acquire {target} in a deal worth {value}, the companies said on {weekday}.",
        "The purchase gives {buyer_short} a foothold in {sector} in {country}. {target_short} employs about {jobs} people.",
        "\"{qa},\" said {qa_who}, {qa_role}.",
        "{ca}",
        "The deal requires regulatory approval and is expected to close next year.",
     ]},
    {"head": ["{value} deal: {target_short} changes hands",
              "{target_short} sold in {value} takeover"],
     "body": [
        "{target}, one of the better-known names in {country}'s {sector} industry, is being sold.",
        "Its new owner will be {buyer}, which is paying {value}.",
        "{cb}",
        "\"{qb},\" {qb_who}, {qb_role}, said in a statement. Unions asked for guarantees for the {jobs} staff.",
     ]},
    {"head": ["Why {buyer_short} paid {value} for {target_short}"],
     "body": [
        "The {value} price tag for {target} surprised some analysts, but {buyer} insists the numbers add up.",
        "\"{qa},\" said {qa_who}.",
        "{ca}",
        "{target_short} has {jobs} employees and a strong position in {sector}. Approval from the competition regulator in {country} is still needed.",
     ]},
    {"head": ["Market reacts to {buyer_short}-{target_short} tie-up"],
     "body": [
        "Investors spent {weekday} digesting the news that {target} will become part of {buyer}.",
        "{cb}",
        "At {value}, the acquisition is among the larger {sector} transactions in {country} in recent years. {qb_who}, {qb_role}, said: \"{qb}.\"",
        "The combined group will employ more than the {jobs} people who currently work at {target_short}.",
     ]},
]

PROJECT = [
    {"head": ["{project}: {milestone_short}"],
     "body": [
        "{milestone_cap}, officials said on {weekday}, marking a key step for the {project}.",
        "The {length_km}-kilometre line {built} by {contractor} at a cost of {cost}, and {open_phrase}.",
        "\"{qa},\" {qa_who}, {qa_role}, said.",
        "{ca}",
     ]},
    {"head": ["{length_km} km, {cost} — and now {milestone_short2}"],
     "body": [
        "The {project} in {country} passed another milestone this week: {milestone}.",
        "{cb}",
        "{qb_who}, {qb_role}, said the schedule was holding. \"{qb}.\"",
        "Critics continue to question the {cost} price of the {length_km} km route. {status_line}",
     ]},
    {"head": ["Rail link update: {milestone_short}", "Inside the {project}"],
     "body": [
        "For the towns along the route of the {project}, {weekday} brought news: {milestone}.",
        "\"{qa}.\" — {qa_who}",
        "{ca}",
        "Budget: {cost}. Length: {length_km} km. Builder: {contractor}. Opening: {opens}.",
     ]},
    {"head": ["Officials hail {project} progress"],
     "body": [
        "\"{qa},\" {qa_who} said on {weekday}, as officials confirmed that {milestone}.",
        "The {project} runs for {length_km} km across {country}. Its budget now stands at {cost}.",
        "{cb}",
        "{status_line}",
     ]},
]

LAUNCH = [
    {"head": ["{company} unveils {product}"],
     "body": [
        "{company} unveiled the {product} in {city} on {weekday}, {spec}.",
        "It will sell for {price}, the company said.",
        "\"{qa},\" said {qa_who}, {qa_role}.",
        "{ca}",
        "{company_short} aims to {target}.",
     ]},
    {"head": ["First look: {product} from {company_short}", "{company_short} bets on {product}"],
     "body": [
        "Can a company from {country} take on the global giants? {company} thinks so, and the {product} is its answer.",
        "{cb}",
        "The device, priced at {price}, is {spec}.",
        "\"{qb},\" {qb_who}, {qb_role}, told us at the launch in {city}.",
        "The company wants to {target}.",
     ]},
    {"head": ["{company_short} launch: {price} {product_short}"],
     "body": [
        "{price}. That is what {company} is asking for the {product}, launched in {city} this week.",
        "\"{qa},\" {qa_who} said.",
        "According to the company, the product is {spec}. {ca}",
        "Its goal is to {target}.",
     ]},
    {"head": ["{product_short}: {company_short} aims high"],
     "body": [
        "The ambition is clear: {company} wants to {target}. Its vehicle for getting there is the {product}, presented on {weekday}.",
        "\"{qb}.\" — {qb_who}, {qb_role}",
        "The product is {spec}. The price: {price}.",
        "{cb}",
     ]},
]

OUTAGE = [
    {"head": ["{service_nothe} outage hits {users} users in {country}"],
     "body": [
        "{service}, operated by {company}, was unavailable for about {hours} hours on {weekday}, affecting an estimated {users} users in {country}.",
        "The company blamed {cause}.",
        "\"{qa},\" said {qa_who}, {qa_role}.",
        "{ca}",
        "{regulator} said it had asked for a full report.",
     ]},
    {"head": ["Regulator demands answers after {service_nothe} failure",
              "{hours}-hour {service_nothe} blackout: regulator steps in"],
     "body": [
        "{regulator} has ordered {company} to explain why {service} failed for {hours} hours.",
        "\"{qb},\" {qb_who}, {qb_role}, said.",
        "{cb}",
        "About {users} customers were hit. {company_short} said the cause was {cause}.",
     ]},
    {"head": ["Shops, commuters stranded as {service} goes dark"],
     "body": [
        "Card terminals froze and apps stopped loading across {country} when {service} went down on {weekday}.",
        "{ca}",
        "The outage lasted {hours} hours and affected {users} people, according to {company}, which pointed to {cause}.",
        "\"{qa}.\" — {qa_who}, {qa_role}",
     ]},
    {"head": ["Explained: why {service} went down"],
     "body": [
        "What happened? For {hours} hours on {weekday}, {service} stopped working for about {users} users across {country}.",
        "Why? {company_cap} says the cause was {cause}.",
        "Who is affected? {cb}",
        "What happens next? {regulator} is looking into the failure. \"{qb},\" said {qb_who}, {qb_role}.",
     ]},
]

MATCH = [
    {"head": ["{team_w} beat {team_l} {score_w}-{score_l} to win {competition}",
              "{team_w} lift {competition} title"],
     "body": [
        "{team_w} won the {competition} on {weekday}, beating {team_l} {score_w}-{score_l} in front of {attendance} spectators at {venue}.",
        "{scorer} scored the decisive goal in the {minute_ord} minute.",
        "\"{qa},\" said {qa_who}, {qa_role}.",
        "{ca}",
     ]},
    {"head": ["Heartbreak for {team_l} in {competition} final", "{team_l} fall short at {venue}"],
     "body": [
        "{team_l} came agonisingly close at {venue}, but a {minute_ord}-minute goal from {scorer} handed {team_w} a {score_w}-{score_l} win.",
        "{qb_who} was philosophical. \"{qb},\" {qb_who_short} said.",
        "{cb}",
        "A crowd of {attendance} watched the final.",
     ]},
    {"head": ["{scorer} the hero as {team_w} claim {competition}"],
     "body": [
        "{minute} minutes played, the score level, and then {scorer} struck. {team_w} held on to beat {team_l} {score_w}-{score_l} and take the {competition}.",
        "{ca}",
        "\"{qa}.\" — {qa_who}",
        "{attendance} fans were at {venue}.",
     ]},
    {"head": ["Live updates: {competition} final, {team_w} v {team_l}"],
     "body": [
        "Welcome to our live coverage of the {competition} final at {venue}.",
        "Full time: {team_w} {score_w}, {team_l} {score_l}.",
        "{minute}' GOAL — {scorer} scores for {team_w}.",
        "Attendance announced as {attendance}.",
        "{qb_who}: \"{qb}.\"",
     ]},
]

RACE = [
    {"head": ["{winner_m} and {winner_w} win {race}"],
     "body": [
        "{winner_m} of {nat_m} won the men's race at the {race} on {weekday} in {time_m}, while {winner_w} of {nat_w} took the women's title in {time_w}.",
        "About {runners} runners took part.",
        "\"{qa},\" {qa_who_short} said after the race.",
        "{ca}",
     ]},
    {"head": ["{race}: {winner_w_short} runs {record_note}", "{winner_w_short} shines in {city}"],
     "body": [
        "{winner_w} of {nat_w} ran {time_w} to win the women's race at the {race}, {record}.",
        "\"{qb},\" said {qb_who}.",
        "In the men's race, {winner_m} of {nat_m} finished first in {time_m}.",
        "{cb}",
        "Organisers said {runners} people started the race.",
     ]},
    {"head": ["{runners} runners, two champions at {race}"],
     "body": [
        "The streets of {city} filled with {runners} runners for the {race} on {weekday}.",
        "{ca}",
        "Winners: {winner_m} ({nat_m}), {time_m}; {winner_w} ({nat_w}), {time_w}.",
        "\"{qa}.\" — {qa_who}",
     ]},
    {"head": ["Results: {race}"],
     "body": [
        "Men: 1. {winner_m} ({nat_m}) {time_m}. Women: 1. {winner_w} ({nat_w}) {time_w}.",
        "The {race} drew about {runners} starters to {city} on {weekday}.",
        "{cb}",
        "\"{qb},\" said {qb_who}, {qb_role}.",
     ]},
]

STRIKE = [
    {"head": ["{numbers} {workers} strike in {city} over {demand_short}"],
     "body": [
        "About {numbers} {workers} walked off the job in {city} on {weekday}, demanding {demand}.",
        "The strike was called by the {union}, led by {leader}.",
        "\"{qa},\" {qa_who}, {qa_role}, said.",
        "{ca}",
        "The {employer_body} said talks were possible but warned of losses.",
     ]},
    {"head": ["{employer_body_short} warns of losses as {workers} stay out",
              "Factories idle as {union_short} action spreads"],
     "body": [
        "The {employer_body} warned on {weekday} that the walkout by {workers} in {city} was costing the industry dearly.",
        "\"{qb},\" said {qb_who}, {qb_role}.",
        "{cb}",
        "The {union} says {numbers} members joined the strike. It wants {demand}.",
     ]},
    {"head": ["'We cannot live on this': {workers} of {city}"],
     "body": [
        "The demand of the {numbers} {workers} on strike in {city} is simple: {demand}.",
        "{ca}",
        "\"{qa}.\" — {qa_who}, {qa_role}",
        "Union leader {leader} said the {union} would not back down until the {employer_body} made an offer.",
     ]},
    {"head": ["Talks stall as {union_short} action continues"],
     "body": [
        "No agreement was reached on {weekday} between the {union} and the {employer_body}.",
        "At issue: {demand}. The union says {numbers} {workers} in and around {city} have stopped work.",
        "\"{qb},\" {qb_who}, {qb_role}, said.",
        "{ca}",
     ]},
]

KINDS = {
    "rate": RATE, "quake": QUAKE, "storm": STORM, "talks": TALKS,
    "bilateral": BILATERAL, "election": ELECTION, "bill": BILL, "deal": DEAL,
    "project": PROJECT, "launch": LAUNCH, "outage": OUTAGE, "match": MATCH,
    "race": RACE, "strike": STRIKE,
}

# Context paragraphs, one per article (rotated by source), for events without
# their own background. Written per kind so they can use the event's facts.
CONTEXT = {
    "rate": [
        "Economists had been split before the meeting. Some argued that inflation at {infl} per cent left no room for easing; others pointed to slowing credit growth.",
        "The decision will feed through to deposit and loan rates at commercial banks, which usually adjust within a few weeks of a policy move.",
        "Currency traders watch the bank's statements closely, since the gap between local and US interest rates has a strong influence on the exchange rate.",
    ],
    "quake": [
        "{region} lies in one of the most seismically active zones in the region, and building codes were tightened after earlier disasters.",
        "Engineers were inspecting schools, bridges and hospitals in the area before allowing them to reopen.",
        "Relief agencies said drinking water, blankets and tents were the most urgent needs in the first days.",
    ],
    "storm": [
        "Forecasters had tracked {name} for several days as it gathered strength over warm waters, giving authorities time to move people from low-lying areas.",
        "Relief officials said the priority was clean water and restoring power to hospitals.",
        "Storms of this strength have become more frequent in recent seasons, according to the weather service's records.",
    ],
    "talks": [
        "Diplomats cautioned that agreements reached at the table must still be implemented on the ground, where earlier commitments have faltered.",
        "Both delegations briefed their own constituencies after the session, a step observers said was needed to keep hardliners on board.",
        "Civil society groups were allowed to attend parts of the sessions for the first time.",
    ],
    "bilateral": [
        "Relations between {country_a} and {country_b} have warmed in recent years, helped by growing trade and tourism.",
        "Business groups from both countries had lobbied for the agreements for several years.",
        "The visit was the first at this level in more than two years.",
    ],
    "election": [
        "Election monitors reported a largely orderly vote, with minor complaints about queues and late-opening polling stations.",
        "The campaign focused on local issues: traffic, drainage, rubbish collection and the cost of housing.",
        "Results were declared after counting that went on late into the night.",
    ],
    "bill": [
        "The bill went through several rounds of amendments in committee, where business groups and civil society organisations gave evidence.",
        "Implementing rules still have to be drafted, and officials said they would consult the public before finalising them.",
        "Similar laws have been passed in several neighbouring countries in recent years.",
    ],
    "deal": [
        "Deal activity in the region's {sector} sector has picked up as companies seek scale to cope with rising costs.",
        "Advisers on the transaction included two international banks and a local law firm, according to people familiar with the matter.",
        "Shareholders of both companies will be asked to approve the transaction at meetings in the coming months.",
    ],
    "project": [
        "The {project} is one of the largest infrastructure schemes in {country}'s history, and its progress is followed closely by investors and voters alike.",
        "Towns along the route have been preparing for the line for years, with new housing and commercial developments near planned stations.",
        "Officials expect the line to take thousands of lorries and cars off the main highway once it is running.",
    ],
    "launch": [
        "The market {company_short} is entering is crowded, and analysts say price and after-sales service will decide whether the product succeeds.",
        "The company said it had worked with local suppliers for most of the components.",
        "Pre-orders opened on the company's website on the same day.",
    ],
    "outage": [
        "Digital services have become essential infrastructure in {country}, which is why failures now draw the attention of regulators and lawmakers.",
        "Customers took to social media during the outage, with many complaining that they received no information for hours.",
        "Experts said companies should publish a detailed account of what went wrong so that others can learn from it.",
    ],
    "match": [
        "The final was played in a lively atmosphere, with travelling supporters filling one end of {venue}.",
        "Both teams reached the final after unbeaten runs in the knockout rounds.",
        "The winners receive prize money and a place in next season's regional competition.",
    ],
    "race": [
        "The {race} is one of the biggest mass-participation sporting events in the region, with categories for amateurs, juniors and veterans.",
        "Roads along the course were closed from the early hours, and volunteers staffed drink stations every few kilometres.",
        "Medical teams treated dozens of runners for dehydration and cramps, organisers said.",
    ],
    "strike": [
        "Labour disputes in the sector have been frequent in recent years as rising prices erode the value of wages.",
        "Police were deployed around industrial areas, and most protests passed off peacefully.",
        "International buyers said they were monitoring the situation and urged both sides to negotiate.",
    ],
}

# Frames for a third quote, so the same quote is attributed differently.
QUOTE_FRAMES = [
    "\"{qc},\" said {qc_who}, {qc_role}.",
    "{qc_who}, {qc_role}, said: \"{qc}.\"",
    "Asked for comment, {qc_who}, {qc_role}, replied: \"{qc}.\"",
    "\"{qc}.\" Those were the words of {qc_who}, {qc_role}.",
]
