#include "discuss/seed_comments.h"

#include <cstdlib>

namespace bs::discuss {
namespace {

// Written for the project. Spam first, then ham; a few of each kind.
constexpr const char* kSpam[] = {
    "Check out my channel for daily reaction videos, subscribe and I will sub back!",
    "sub4sub anyone? my channel is growing fast, link in my profile",
    "Please visit my page and like my latest video, it would mean a lot",
    "I make $500 a day working from home, see how at easycash-now.example",
    "Earn money online without any experience. Message me on WhatsApp +99 555 0101 2020",
    "FREE GIFT CARDS!!! Go to giftz.example and claim yours before they run out",
    "Cheap designer watches and bags at 80% off, shop at luxe-outlet.example",
    "Lose 10 kg in two weeks with this one secret, read more at slimfast-trick.example",
    "Hot singles in your area want to meet you tonight: meetnow.example",
    "Want more followers? Buy 1000 real followers for $5 at growfast.example",
    "Crypto signals group doubled my savings in a month, join via t.me/example_signals",
    "Click here http://bit.example/xyz to win a brand new phone",
    "Hey guys, I just uploaded a new song, please check it out on my channel and subscribe",
    "My sister earns 8000 a month from her laptop, this is what she does: workhome.example",
    "Best VPN deal of the year, 90% off today only at vpn-deal.example",
    "Anyone who wants free game credits, go to freecredits.example and enter your username",
    "Loan approved in 5 minutes, no credit check, apply at quickloan.example",
    "Follow me on Instagram @example.promo for giveaways every week!!!",
    "I am a certified spell caster, I can bring your lover back. Contact drmagic@example.com",
    "Investment opportunity with guaranteed returns of 30% a week, DM me",
    "Get paid to watch videos!! Sign up with my referral code at paidviews.example",
    "Like this comment if you want to see more and visit my channel",
    "SUBSCRIBE TO ME AND I WILL SUBSCRIBE TO YOU, PROMISE",
    "Watch the full movie free in HD at moviez-free.example",
    "Download the app with my code and we both get 20 dollars: app-bonus.example/ref",
    "Looking for a sugar daddy? Register free at sweetmatch.example",
    "Make your own website in minutes, use my link for a discount: sitebuild.example",
    "Casino bonus 200% on your first deposit, play now at lucky-spin.example",
    "I have been trading forex for 3 months and made 40k, ask me how",
    "please check my video about this topic on my youtube channel, thanks!!",
    "Replica sneakers shipped worldwide, order at kicks-copy.example",
    "Work from home and make 300 dollars a day, visit www.example-jobs.example",
    "Free iPhone giveaway, comment your email below and visit promo-win.example",
    "Hello, I am new here, please subscribe to my music channel and share",
    "Pharmacy without prescription, cheap pills shipped fast, rx-direct.example",
    "Best SEO service, get your site on page one of Google, contact seo-pro.example",
    "This is how I paid off my debt in six months: debtfree-secret.example",
    "Go to my profile to see my pictures ;) you won't regret it",
    "Join our Telegram for insider tips before the market moves",
    "vote for my band in the contest, link: contest.example/vote/1234",
};

constexpr const char* kHam[] = {
    "The flood defences should have been finished years ago; this was predicted.",
    "I grew up near the river and this matches what I saw every monsoon.",
    "Good reporting, though the minister's answer deserved a follow-up question.",
    "Does anyone know whether the bridge reopens before the festival?",
    "My grandmother remembers the cyclone of 1991 hitting the same district.",
    "The article says the budget rose by 12%, but the table shows 9%. Which is right?",
    "As a nurse in the city hospital I can confirm the wards are full.",
    "I disagree with the editorial. Raising fares will hurt commuters most.",
    "Thank you for covering the election in the hill districts, nobody else did.",
    "The photo caption names the wrong temple, it is the one on the north bank.",
    "We need more trains, not wider roads. Every new lane fills up in a year.",
    "Farmers here have been asking for cold storage for a decade.",
    "Interesting to compare this with the coverage in the other paper last week.",
    "The court's reasoning seems sound to me, even if the outcome is unpopular.",
    "Is there a list of the polling stations that changed?",
    "Our school lost its library in the fire; glad to see the appeal mentioned.",
    "The tariff will raise prices for small shops long before it helps factories.",
    "I visited the port last year and the new cranes were already working.",
    "A fair piece. Both sides were quoted and the numbers are sourced.",
    "Why does the report not mention the fishermen who lost their boats?",
    "The heatwave closed our market at noon every day for two weeks.",
    "Please correct the spelling of the village name, it has a double e.",
    "My son takes this ferry to college; the delays have been terrible.",
    "Good to see the women's cricket team getting proper coverage at last.",
    "Rice prices in our town went up again this month, as the story says.",
    "The interview with the mayor answered none of the questions about water.",
    "This policy was tried in 2015 and dropped after a year. What is different now?",
    "Congratulations to the students who won the science fair, well deserved.",
    "I think the writer underestimates how much tourism matters to the island.",
    "Can the paper publish the full text of the agreement?",
    "The metro extension will help, but only if the buses connect to it.",
    "Our neighbourhood has had no power since Tuesday evening.",
    "The analysis of the trade figures was clear, thanks for explaining it.",
    "Respectfully, the headline overstates what the survey actually found.",
    "Stay safe everyone in the coastal villages, the storm is turning north.",
    "I remember when this park was a rubbish dump; the change is remarkable.",
    "More reporting like this on the garment workers, please.",
    "The old railway station should be kept as a museum, not demolished.",
    "Where can readers donate to the relief effort mentioned in the story?",
    "I lived in that province for ten years and the dialect quote is spot on.",
    // Short ones: most comments are a line, and length alone must not look like spam.
    "Well said.",
    "Agreed, completely.",
    "So sad to read this.",
    "Thanks for the update.",
    "This is excellent news for the town.",
    "Which year was this photo taken?",
    "Not true, the report came out on Monday.",
    "Rest in peace, uncle.",
    "About time!",
    "Shame on the council.",
    "I was there, it was chaos.",
    "Great reporting as always.",
    "Who paid for this?",
    "Finally some good news.",
    "Prayers for the families.",
    "Same thing happened in our street.",
    "Typo in the second paragraph.",
    "Sources, please?",
    "This will not end well.",
    "Brilliant piece, thank you.",
    "Post 2 of 3: the second point is about cost.",
    "Edit: I meant the eastern line, not the western one.",
    "Let me add one thing to what I wrote above.",
    "Can someone explain the new rule in simple words?",
    "Love this city.",
    // Words spam leans on, in what readers write: first person, "check", "video", "subscribe".
    "I can see the harbour from my window and the water is still rising.",
    "I can confirm this, my brother works at the depot.",
    "I subscribed to the print edition for thirty years and still read it daily.",
    "Check the second chart: the fall started before the new law.",
    "The video of the landslide is frightening; I hope everyone got out.",
    "My father drove that bus route for twenty years.",
    "Please check the date in the caption, it says 2019.",
    "I will share this with my neighbours, they were asking about the water cuts.",
    "My channel of choice for local news is this paper, no question.",
    "Free school meals should never have been cut in the first place.",
    "I make the same trip every week and the new road saves me an hour.",
    "Visit the old quarter before it is all rebuilt, it is beautiful.",
    "Like many here, I lost my savings when the bank failed.",
    "Message to the editor: please keep the weekend puzzle.",
    "A minute of silence was held at noon in every school.",
    // Readers cite numbers, codes and references all the time; without
    // these the seed learns that any digits in brackets mean spam.
    "Route 42 (the 07:15 from the depot) was cancelled again this week.",
    "The council minutes (item 17, page 3) say the opposite of this.",
    "Turnout was 61.4% in 2018 and 58% (provisional) this year.",
    "Case number 2024/113 is still open, according to the court website.",
    "My reply to the earlier comment (number 3 above): the fares rose twice.",
    "Posted from the train, sorry for typos (again).",
};

}  // namespace

const std::vector<LabelledComment>& SeedComments() {
  static const std::vector<LabelledComment> examples = [] {
    std::vector<LabelledComment> out;
    for (const char* s : kSpam) out.push_back({s, true});
    for (const char* h : kHam) out.push_back({h, false});
    return out;
  }();
  return examples;
}

std::shared_ptr<const SpamClassifier> SeedSpamClassifier() {
  static const std::shared_ptr<const SpamClassifier> model = [] {
    // A few dozen examples need a stronger ridge than a site's thousands:
    // at the default the weights saturate and any stray feature (a number
    // in brackets) reads as certain spam. 1e-3 has the best F0.5 of the
    // seed on bench/comment_quality's dev comments (1e-5..3e-2 compared),
    // the criterion the hold threshold is chosen by.
    TrainOptions options = SpamClassifier::DefaultOptions();
    options.l2 = 1e-3;
    auto trained = SpamClassifier::Train(SeedComments(), options);
    // The seed set is part of the program: failing to train it is a bug.
    if (!trained.ok()) std::abort();
    return std::make_shared<const SpamClassifier>(std::move(trained).value());
  }();
  return model;
}

}  // namespace bs::discuss
