// Ambiguous names in the bundled dictionary are settled by context.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "e2e/test_support.h"

namespace dyad {
namespace {

std::vector<std::string> Codes(const std::string& text, const char* date = "2024-04-16") {
  Article article;
  article.id = "t";
  article.text = text;
  article.date = *ParseDate(date);
  Analysis analysis;
  testing::SharedPipeline().Analyze(article, &analysis);
  std::vector<std::string> codes;
  for (const ActorMention& m : analysis.actors)
    codes.push_back(m.code + "=" + article.text.substr(m.begin, m.end - m.begin));
  return codes;
}

bool Has(const std::vector<std::string>& codes, const std::string& what) {
  for (const auto& c : codes)
    if (c == what) return true;
  return false;
}

bool Mentions(const std::vector<std::string>& codes, const std::string& prefix) {
  for (const auto& c : codes)
    if (c.rfind(prefix, 0) == 0) return true;
  return false;
}

TEST(AmbiguityTest, Georgia) {
  EXPECT_TRUE(Has(Codes("Georgia accused Russia of moving troops into South Ossetia, officials in "
                        "Tbilisi said."),
                  "GEOGOV=Georgia"));
  EXPECT_FALSE(Mentions(Codes("Georgia's governor signed the bill in Atlanta, and the state Senate "
                              "approved it."),
                        "GEO"));
}

TEST(AmbiguityTest, Jordan) {
  EXPECT_TRUE(Has(Codes("Jordan closed its border with Syria."), "JORGOV=Jordan"));
  EXPECT_FALSE(Mentions(Codes("Michael Jordan watched the game."), "JOR"));
}

TEST(AmbiguityTest, Chad) {
  EXPECT_TRUE(Has(Codes("Chad sent troops to the border with Sudan."), "TCDGOV=Chad"));
  EXPECT_FALSE(Mentions(Codes("Chad Johnson scored twice."), "TCD"));
}

TEST(AmbiguityTest, Turkey) {
  EXPECT_TRUE(Mentions(Codes("Turkey summoned the Swedish ambassador."), "TURGOV="));
  EXPECT_FALSE(Mentions(Codes("The family ate roast turkey."), "TUR"));
}

TEST(AmbiguityTest, Niger) {
  EXPECT_TRUE(Has(Codes("Niger expelled the French ambassador."), "NERGOV=Niger"));
  EXPECT_FALSE(Mentions(Codes("Boats carried rice down the Niger River."), "NER"));
}

TEST(AmbiguityTest, TheNorth) {
  EXPECT_TRUE(Has(Codes("Seoul said the North fired two missiles."), "PRKGOV=the North"));
  EXPECT_FALSE(Mentions(Codes("Snow fell across the North of England."), "PRK"));
}

TEST(AmbiguityTest, PeopleByDate) {
  EXPECT_TRUE(Has(Codes("Donald Trump met Kim Jong-Un.", "2019-06-30"), "USAGOV=Donald Trump"));
  EXPECT_TRUE(Has(Codes("Donald Trump met Kim Jong-Un.", "2022-06-30"), "USAELI=Donald Trump"));
  EXPECT_TRUE(Has(Codes("Donald Trump met Kim Jong-Un.", "2025-06-30"), "USAGOV=Donald Trump"));
  EXPECT_TRUE(Has(Codes("Kim Jong-Un visited Beijing.", "2019-01-08"), "PRKGOV=Kim Jong-Un"));
  // Smaller states and international bodies: the office held that day.
  EXPECT_TRUE(Has(Codes("Bertie Ahern flew to London.", "2006-03-01"), "IRLGOV=Bertie Ahern"));
  EXPECT_TRUE(Has(Codes("Bertie Ahern flew to London.", "2012-03-01"), "IRLELI=Bertie Ahern"));
  EXPECT_TRUE(Has(Codes("Lam Akol spoke in Khartoum.", "2006-11-20"), "SDNGOV=Lam Akol"));
  EXPECT_TRUE(Has(Codes("Geir Haarde spoke in Reykjavik.", "2008-10-10"), "ISLGOV=Geir Haarde"));
  EXPECT_TRUE(Has(Codes("Jan Egeland toured the camps.", "2006-08-01"), "IGOUNO=Jan Egeland"));
  EXPECT_TRUE(Has(Codes("Jan Egeland toured the camps.", "2009-08-01"), "NORELI=Jan Egeland"));
  // A short form alone: only one Balkenende ever held office; in 2007
  // only one Rasmussen did (Lars Lokke Rasmussen became premier in 2009).
  EXPECT_TRUE(Has(Codes("Prime Minister Balkenende opened the debate.", "2005-05-30"),
                  "NLDGOV=Prime Minister Balkenende"));
  EXPECT_TRUE(Has(Codes("Rasmussen said the talks would go on.", "2007-06-01"), "DNKGOV=Rasmussen"));
}

TEST(AmbiguityTest, PartiesGovernOnlyWhileInOffice) {
  EXPECT_TRUE(Has(Codes("Thai Rak Thai won the vote in Bangkok.", "2005-03-01"), "THAGOV=Thai Rak Thai"));
  EXPECT_TRUE(Has(Codes("Thai Rak Thai was dissolved in Bangkok.", "2007-06-01"), "THAOPP=Thai Rak Thai"));
  EXPECT_TRUE(Has(Codes("Fianna Fail and Fine Gael traded blame in Dublin.", "2008-10-10"),
                  "IRLOPP=Fine Gael"));
  EXPECT_TRUE(Has(Codes("Fianna Fail and Fine Gael traded blame in Dublin.", "2008-10-10"),
                  "IRLGOV=Fianna Fail"));
  EXPECT_TRUE(Has(Codes("The Janjaweed raided a village in Darfur.", "2004-07-01"), "SDNMIL=Janjaweed"));
}

TEST(AmbiguityTest, PartyAbbreviationsNeedTheirCountry) {
  // One abbreviation, three parties: the article's country decides.
  EXPECT_TRUE(Has(Codes("The PPP walked out of the assembly in Islamabad, Pakistani media said.",
                        "2006-03-01"),
                  "PAKOPP=PPP"));
  EXPECT_TRUE(Has(Codes("The PPP named a new leader in Bangkok, Thai media said.", "2008-03-01"),
                  "THAGOV=PPP"));
  EXPECT_FALSE(Mentions(Codes("The PPP contract for the new bridge was signed."), "PAK"));
  EXPECT_FALSE(Mentions(Codes("The NDP rose by two percent, the statistics office said."), "CAN"));
  EXPECT_TRUE(Has(Codes("The NBI and Finnish police closed the website.", "2008-02-10"), "FINCOP=NBI"));
}

TEST(AmbiguityTest, DatesAreNotLebaneseBlocs) {
  EXPECT_TRUE(Has(Codes("The March 14 coalition blamed Damascus for the bombing in Beirut."),
                  "LBNOPP=March 14 coalition"));
  EXPECT_FALSE(Mentions(Codes("On March 14 the cabinet met in Beirut."), "LBNOPP"));
}

TEST(AmbiguityTest, SameNameInTwoCountries) {
  EXPECT_TRUE(Has(Codes("The Liberals lost seats in Ottawa, Canadian media said.", "2006-03-01"),
                  "CANOPP=Liberals"));
  EXPECT_TRUE(Has(Codes("The Liberals lost seats in Canberra, Australian media said.", "2009-03-01"),
                  "AUSOPP=Liberals"));
  EXPECT_TRUE(Has(Codes("The Socialist Party won in Paris, French media said.", "2013-03-01"),
                  "FRAGOV=Socialist Party"));
  EXPECT_TRUE(Has(Codes("The Socialist Party won in Lisbon, Portuguese media said.", "2013-03-01"),
                  "PRTOPP=Socialist Party"));
}

TEST(AmbiguityTest, ShortNameOfAnotherFullName) {
  // The article gave "Bashir" to a man no dictionary knows: it is not
  // Sudan's president, whom "Bashir" alone would mean that year.
  EXPECT_FALSE(Mentions(Codes("Abu Bakar Bashir spoke in Solo on Monday. Mr Bashir urged Mr Howard to convert.",
                              "2006-06-15"),
                        "SDN"));
  EXPECT_TRUE(Has(Codes("Sudan is under pressure. Bashir criticised Chad on Monday.", "2006-06-15"),
                  "SDNGOV=Bashir"));
}

TEST(AmbiguityTest, RolePhrases) {
  auto codes = Codes("Chinese officials, North Korean troops, Syrian rebels and Iranian protesters "
                     "were all there.");
  EXPECT_TRUE(Has(codes, "CHNGOV=Chinese officials"));
  EXPECT_TRUE(Has(codes, "PRKMIL=North Korean troops"));
  EXPECT_TRUE(Has(codes, "SYRREB=Syrian rebels"));
  EXPECT_TRUE(Has(codes, "IRNCVL=Iranian protesters"));
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

TEST(ShortNamesAlone, TheOnePersonOfThatNameInOffice) {
  // No full name earlier: "Bush" in 2006 can only be the sitting president.
  EXPECT_TRUE(Has(Codes("President Bush met Olmert in Washington.", "2006-06-01"), "USAGOV=President Bush"));
  EXPECT_TRUE(Has(Codes("Bush said the talks would go on.", "2006-06-01"), "USAGOV=Bush"));
  // Not a name: a pronoun, a common noun at a sentence start, a month.
  EXPECT_FALSE(Mentions(Codes("He said the talks would go on.", "2008-06-01"), "CHN"));
  EXPECT_TRUE(Codes("Rice prices rose sharply in Asia.", "2006-06-01").empty());
  // Common surnames alone need a title.
  EXPECT_FALSE(Mentions(Codes("Smith said the talks would go on.", "2009-06-01"), "AUS"));
}

}  // namespace
}  // namespace dyad
