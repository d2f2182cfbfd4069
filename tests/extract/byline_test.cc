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

TEST(PersonNames, CutsDatesRolesAndCreditsRunIntoTheName) {
  EXPECT_EQ(P("by Lena Ortiz22 Mar 20245"), (Names{"Lena Ortiz"}));
  EXPECT_EQ(P("By Rafael Ossa March 25, 2025 3:46 PM"), (Names{"Rafael Ossa"}));
  EXPECT_EQ(P("Kofi Mensah Monday, Mar 3"), (Names{"Kofi Mensah"}));
  EXPECT_EQ(P("By April Lindqvist"), (Names{"April Lindqvist"}));  // a month as a first name stays
  EXPECT_EQ(P("Tomas (T.J.) Varga"), (Names{"Tomas Varga"}));
  EXPECT_EQ(P("By Ines Duarte, Senior Staff Technologist, Harbour Rights Project"), (Names{"Ines Duarte"}));
  EXPECT_EQ(P("Written by Ana Ruiz Edited by Marta Gil"), (Names{"Ana Ruiz"}));
  EXPECT_EQ(P("Article by Kofi Mensah"), (Names{"Kofi Mensah"}));
  EXPECT_EQ(P("Veröffentlicht von Jonas Berg"), (Names{"Jonas Berg"}));
  EXPECT_EQ(P("LENA ORTIZ am"), (Names{"LENA ORTIZ"}));
  EXPECT_EQ(P("Lena Ortiz Lena Ortiz"), (Names{"Lena Ortiz"}));
  EXPECT_EQ(P("Karl von Aschen"), (Names{"Karl von Aschen"}));
  EXPECT_EQ(P("Marta Gil C."), (Names{"Marta Gil C."}));
}

TEST(PersonNames, RejectsOrganisationsLabelsAndButtons) {
  EXPECT_TRUE(P("AFP").empty());
  EXPECT_TRUE(P("Follow Author").empty());
  EXPECT_TRUE(P("Sign In| Sign Up").empty());
  EXPECT_TRUE(P("Harbour Media GmbH").empty());
  EXPECT_TRUE(P("Redaktion Stadtblatt").empty());
  EXPECT_TRUE(P("The Valley Courier").empty());
  EXPECT_TRUE(P("Posted on").empty());
  EXPECT_TRUE(P("Fotograf aus Hamburg").empty());
  EXPECT_TRUE(P("Lena O&#39;Brien").empty());
  EXPECT_TRUE(P("Bild © Stadtblatt").empty());
}

TEST(PersonNames, DeduplicatesAcrossInputs) {
  EXPECT_EQ(PersonNames({"Mira Koenig", "mira koenig", "Tomas Varga"}, ""), (Names{"Mira Koenig", "Tomas Varga"}));
}

}  // namespace
}  // namespace bs::extract
