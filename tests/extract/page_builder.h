// Builds small original article pages for extractor tests.
#pragma once

#include <string>
#include <vector>

namespace bs::testing {

// Ordinary prose paragraphs, long enough to be scored as article text.
inline const std::vector<std::string>& ProseParagraphs() {
  static const std::vector<std::string> kParagraphs = {
      "The harbour board met on Tuesday evening to discuss the new ferry timetable, which "
      "residents of the outer islands say leaves them stranded after dark, with no crossing "
      "after seven o'clock.",
      "Fishermen, teachers and nurses who commute to the mainland packed the hall, and several "
      "speakers asked why the late service, cut during the fuel shortage, had never returned.",
      "The board's chair said the operator had lost money on the evening route for years, but "
      "promised a trial of a smaller boat, running twice nightly, from the start of next month.",
      "Shopkeepers near the pier welcomed the trial, saying that evening visitors from the "
      "islands had once made up a large share of their trade, especially during the festival.",
      "A final decision on the timetable will be taken in March, after the board has counted "
      "passengers on the trial boat and consulted the island councils, the chair added.",
  };
  return kParagraphs;
}

// "<p>...</p>" for every prose paragraph, with `between` inserted after the
// second one (for inline promos).
inline std::string ProseHtml(const std::string& between = "") {
  std::string out;
  const auto& ps = ProseParagraphs();
  for (std::size_t i = 0; i < ps.size(); ++i) {
    out += "<p>" + ps[i] + "</p>\n";
    if (i == 1) out += between;
  }
  return out;
}

// A full page: `head` inside <head>, `before` and `after` around the article
// body inside <article>, and `page_chrome` outside the article.
inline std::string Page(const std::string& head, const std::string& body_inner,
                        const std::string& before = "", const std::string& after = "",
                        const std::string& page_chrome = "") {
  return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">" + head +
         "</head><body>" + page_chrome + "<main><article>" + before +
         "<div class=\"article-body\">" + body_inner + "</div>" + after +
         "</article></main>" + page_chrome + "</body></html>";
}

}  // namespace bs::testing
