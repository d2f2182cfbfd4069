#include "discuss/default_words.h"

namespace bs::discuss {

const std::vector<std::string>& DefaultBannedWords() {
  static const std::vector<std::string> words = {
      "fuck", "fucker", "fucking", "motherfucker", "cunt", "kill yourself",
      "i will kill you", "you should die",
  };
  return words;
}

const std::vector<std::string>& DefaultSuspectWords() {
  static const std::vector<std::string> words = {
      "idiot", "idiots", "moron", "morons", "imbecile", "cretin", "retard", "retarded", "scum", "scumbag",
      "shithead", "asshole", "bastard", "bitch", "dickhead", "shit", "stupid", "dumbass", "loser", "losers",
      "shut up", "go to hell", "piece of garbage", "traitor", "traitors", "vermin", "parasite", "parasites",
  };
  return words;
}

}  // namespace bs::discuss
