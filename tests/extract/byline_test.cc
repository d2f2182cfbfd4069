// Byline strings to person names.
#include "extract/byline.h"

#include <gtest/gtest.h>

namespace bs::extract {
namespace {

using Names = std::vector<std::string>;

Names P(const std::string& byline, const std::string& site = "") { return PersonNames({byline}, site); }

TEST(PersonNames, StripsPrefixesRolesAndContacts) {
  EXPECT_EQ(P("By Clara Tan and Daniel Ong"), (Names{"Clara Tan", "Daniel Ong"}));
  EXPECT_EQ(P("By Aiko Hayashi / Meridian Staff Writer"), (Names{"Aiko Hayashi"}));
  EXPECT_EQ(P("By Park Ji-won (jiwonpark@paper.example)"), (Names{"Park Ji-won"}));
  EXPECT_EQ(P("Written by Lena Ortiz | Published 5 March 2024"), (Names{"Lena Ortiz"}));
  EXPECT_EQ(P("By Sana Qureshi in Islamabad"), (Names{"Sana Qureshi"}));
  EXPECT_EQ(P("Arif Hossain and Tahmina Akter, Chattogram and Dhaka"), (Names{"Arif Hossain", "Tahmina Akter"}));
  EXPECT_EQ(P("Nusrat Jahan, Sylhet"), (Names{"Nusrat Jahan"}));
  EXPECT_EQ(P("李美玲 报道"), (Names{"李美玲"}));
  EXPECT_EQ(P("By Ana Ruiz, Marta Gil & Joan Puig"), (Names{"Ana Ruiz", "Marta Gil", "Joan Puig"}));
}

TEST(PersonNames, RejectsDeskCreditsAndNonNames) {
  EXPECT_TRUE(P("Staff Correspondent").empty());
  EXPECT_TRUE(P("By Our Special Correspondent").empty());
  EXPECT_TRUE(P("Head of Operations at the Gazette").empty());
  EXPECT_TRUE(P("https://paper.example/authors/x").empty());
  EXPECT_TRUE(P("more from this author").empty());
  EXPECT_TRUE(P("The Harbour Gazette", "The Harbour Gazette").empty());
  EXPECT_TRUE(P(std::string(400, 'A')).empty());
  EXPECT_TRUE(P("").empty());
}

TEST(PersonNames, DeduplicatesAcrossInputs) {
  EXPECT_EQ(PersonNames({"Mira Koenig", "mira koenig", "Tomas Varga"}, ""), (Names{"Mira Koenig", "Tomas Varga"}));
}

}  // namespace
}  // namespace bs::extract
