// The actor matcher on a small dictionary written here, so each rule is
// tested alone: longest match, roles, titles, dates, short forms, options.
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "dyad/actors.h"
#include "dyad/document.h"

namespace dyad {
namespace {

constexpr char kDictionary[] = R"(
country PRK North Korea
  name DPRK
  name the North | context Korea Pyongyang Seoul DPRK
  adjective North Korean
  capital Pyongyang
country KOR South Korea
  name Republic of Korea
country CHN China
  adjective Chinese
  capital Beijing
country SDN Sudan
country SYR Syria
  adjective Syrian
country USA United States
  name US
  capital Washington | unless-next Post | unless-prev George
  seat the Pentagon | role MIL
country GEO Georgia
  name Georgia | context Tbilisi Georgian | against Atlanta Senate
country JOR Jordan
  name Jordan | unless-prev Name | unless-next Name
org CHNGOV Chinese Communist Party
  name CCP
org AFGREB Taliban
  code AFGGOV 2021-08-15..
org NGOHRIMED Reporters Without Borders
org USALEG United States Congress
org SDNREB Sudan Liberation Army
org IGOUNO United Nations Interim Force in Lebanon
  name UNIFIL
person Muqtada al-Sadr
  short Sadr
  code IRQREB 2004-04-04..2008-08-28
person Donald Trump
  short Trump
  code USAGOV 2017-01-20..2021-01-20
  code USAGOV 2025-01-20..
  else USAELI
person Kim Jong-Un
  short Kim
  code PRKGOV 2011-12-17..
  else PRKELI
person Kim Dae-jung
  short Kim
  code KORGOV 1998-02-25..2003-02-24
person Xi Jinping
  short Xi
  code CHNGOV 2007-10-22..
person George H. W. Bush
  name George Bush
  code USAGOV 1989-01-20..1993-01-20
  else USAELI
person George W. Bush
  name George Bush
  code USAGOV 2001-01-20..2009-01-20
  else USAELI
role GOV
  noun officials
  noun president
  noun leader
  noun foreign minister
  noun spokesman
role MIL
  noun troops
  noun military
  noun army
role REB
  noun rebels
role LEG
  noun senator
  noun Lord
)";

struct Found {
  std::string code;
  std::string text;
};

class ActorMatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<std::string> problems;
    auto dict = ActorDictionary::FromTexts({{"actors/test.txt", kDictionary}},
                                           [&](const Problem& p) { problems.push_back(p.ToString()); });
    ASSERT_TRUE(dict.ok());
    for (const auto& p : problems) ADD_FAILURE() << p;
    dict_ = std::move(*dict);
  }

  std::vector<Found> Find(const std::string& text, std::optional<Date> date = std::nullopt) {
    text_ = text;
    Document doc;
    Tokenize(text_, &doc);
    std::vector<ActorMention> mentions;
    dict_->Match(doc, date, &mentions);
    std::vector<Found> found;
    for (const auto& m : mentions) {
      EXPECT_LE(m.end, text_.size());
      EXPECT_EQ(m.begin, doc.tokens[m.token_begin].begin);
      found.push_back({m.code, text_.substr(m.begin, m.end - m.begin)});
    }
    return found;
  }

  static Date D(const char* s) { return *ParseDate(s); }

  std::unique_ptr<ActorDictionary> dict_;
  std::string text_;
};

MATCHER_P2(IsActor, code, text, "") { return arg.code == code && arg.text == text; }

TEST_F(ActorMatcherTest, LongestMatchWins) {
  EXPECT_THAT(Find("South Korea and the Republic of Korea met North Korea."),
              ::testing::ElementsAre(IsActor("KORGOV", "South Korea"),
                                     IsActor("KORGOV", "Republic of Korea"),
                                     IsActor("PRKGOV", "North Korea")));
}

TEST_F(ActorMatcherTest, CountryWithRoleWord) {
  EXPECT_THAT(Find("North Korean troops crossed. China's military moved. The army of Sudan fled. "
                   "Syrian rebels fought."),
              ::testing::ElementsAre(IsActor("PRKMIL", "North Korean troops"),
                                     IsActor("CHNMIL", "China's military"),
                                     IsActor("SDNMIL", "army of Sudan"),
                                     IsActor("SYRREB", "Syrian rebels")));
}

TEST_F(ActorMatcherTest, SharedFullNameMeansThePersonInOffice) {
  // Both Bushes are "George Bush": the one in office on the date is meant;
  // when neither is, the first listed (out of office: ELI).
  EXPECT_THAT(Find("George Bush spoke.", D("1990-06-01")), ::testing::ElementsAre(IsActor("USAGOV", "George Bush")));
  EXPECT_THAT(Find("George Bush spoke.", D("2005-06-01")), ::testing::ElementsAre(IsActor("USAGOV", "George Bush")));
  EXPECT_THAT(Find("George Bush spoke.", D("1996-06-01")), ::testing::ElementsAre(IsActor("USAELI", "George Bush")));
}

TEST_F(ActorMatcherTest, AbbreviationCoordinatedWithAnAdjectiveSharesTheRole) {
  EXPECT_THAT(Find("US and Chinese troops met."),
              ::testing::ElementsAre(IsActor("USAMIL", "US"), IsActor("CHNMIL", "Chinese troops")));
  // A full country name is not read as a modifier.
  EXPECT_THAT(Find("China and Syrian rebels met."),
              ::testing::ElementsAre(IsActor("CHNGOV", "China"), IsActor("SYRREB", "Syrian rebels")));
}

TEST_F(ActorMatcherTest, CountedDemonymsAreCivilians) {
  EXPECT_THAT(Find("Thousands of Syrian marched. 200 Chinese left. The Chinese said no."),
              ::testing::ElementsAre(IsActor("SYRCVL", "Syrian"), IsActor("CHNCVL", "Chinese"),
                                     IsActor("CHNGOV", "Chinese")));
  EXPECT_THAT(Find("Some Syrian protested. Most Chinese stayed."),
              ::testing::ElementsAre(IsActor("SYRCVL", "Syrian"), IsActor("CHNCVL", "Chinese")));
  // (A counted noun after the adjective, "60 Ukrainian positions", needs
  // the tagger: EventCoderTest.QuantifiersBeforeTheTarget.)
}

TEST_F(ActorMatcherTest, LeaderOfWhatFollows) {
  EXPECT_THAT(Find("US-led troops crossed. Chinese-brokered talks began."),
              ::testing::ElementsAre(IsActor("USAMIL", "US-led troops"), IsActor("CHNGOV", "Chinese-brokered")));
  // Backing is not leading: these rebels are not Syria's.
  EXPECT_TRUE(Find("Syrian-backed rebels fought.").empty());
}

TEST_F(ActorMatcherTest, RoleWordAloneIsNotAnActor) {
  EXPECT_TRUE(Find("The officials and the troops left.").empty());
}

TEST_F(ActorMatcherTest, CoordinatedAdjectivesShareTheRole) {
  EXPECT_THAT(Find("North Korean and Chinese officials met."),
              ::testing::ElementsAre(IsActor("PRKGOV", "North Korean"),
                                     IsActor("CHNGOV", "Chinese officials")));
}

TEST_F(ActorMatcherTest, TitleFoldsIntoThePerson) {
  EXPECT_THAT(Find("Chinese president Xi Jinping spoke to DPRK leader Kim Jong-Un.", D("2024-04-16")),
              ::testing::ElementsAre(IsActor("CHNGOV", "Chinese president Xi Jinping"),
                                     IsActor("PRKGOV", "DPRK leader Kim Jong-Un")));
}

TEST_F(ActorMatcherTest, PersonsRoleNounIsTheRoleOfTheirCountry) {
  EXPECT_THAT(Find("Xi Jinping's troops moved. Chinese president Xi Jinping's army left. Xi's rebels fought.",
                   D("2024-04-16")),
              ::testing::ElementsAre(IsActor("CHNMIL", "Xi Jinping's troops"),
                                     IsActor("CHNMIL", "Chinese president Xi Jinping's army"),
                                     IsActor("CHNREB", "Xi's rebels")));
  // Out of office the person is no actor, and neither is the role noun.
  EXPECT_TRUE(Find("Xi Jinping's troops moved.", D("1990-01-01")).empty());
}

TEST_F(ActorMatcherTest, OfficeDependsOnTheDate) {
  EXPECT_EQ(Find("Donald Trump spoke.", D("2018-05-01"))[0].code, "USAGOV");
  EXPECT_EQ(Find("Donald Trump spoke.", D("2022-05-01"))[0].code, "USAELI");
  EXPECT_EQ(Find("Donald Trump spoke.", D("2025-02-01"))[0].code, "USAGOV");
  EXPECT_EQ(Find("Donald Trump spoke.")[0].code, "USAGOV");  // no date: latest office
  EXPECT_EQ(Find("The Taliban attacked.", D("2019-01-01"))[0].code, "AFGREB");
  EXPECT_EQ(Find("The Taliban attacked.", D("2022-01-01"))[0].code, "AFGGOV");
}

TEST_F(ActorMatcherTest, PersonWithNoCodeOnTheDateIsNotAnActor) {
  EXPECT_TRUE(Find("Kim Dae-jung spoke.", D("2010-01-01")).empty());
  EXPECT_EQ(Find("Kim Dae-jung spoke.", D("2000-01-01"))[0].code, "KORGOV");
}

TEST_F(ActorMatcherTest, ShortFormNeedsAnEarlierFullName) {
  EXPECT_TRUE(Find("Kim said so.", D("2024-04-16")).empty());
  EXPECT_THAT(Find("Kim Jong-Un arrived. Kim said so. Kim's aides agreed.", D("2024-04-16")),
              ::testing::ElementsAre(IsActor("PRKGOV", "Kim Jong-Un"), IsActor("PRKGOV", "Kim"),
                                     IsActor("PRKGOV", "Kim")));
}

TEST_F(ActorMatcherTest, ShortFormPicksTheLatestPersonOfThatName) {
  // In 2000 Kim Jong-Un held no office (PRKELI); Kim Dae-jung was KORGOV.
  auto found = Find("Kim Dae-jung met Kim Jong-Un. Kim spoke.", D("2000-06-13"));
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[2].code, "PRKELI");
  found = Find("Kim Jong-Un met Kim Dae-jung. Kim spoke.", D("2000-06-13"));
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[2].code, "KORGOV");
}

TEST_F(ActorMatcherTest, ContextDecidesAmbiguousNames) {
  EXPECT_TRUE(Find("The North fired missiles.").empty());
  EXPECT_THAT(Find("The North fired missiles toward Seoul."),
              ::testing::ElementsAre(IsActor("PRKGOV", "The North")));
  EXPECT_TRUE(Find("Voters in Georgia and Atlanta chose a senator.").empty());
  EXPECT_THAT(Find("Georgia recalled its envoy from Tbilisi talks."),
              ::testing::ElementsAre(IsActor("GEOGOV", "Georgia")));
  EXPECT_TRUE(Find("Georgia's Senate race drew crowds in Atlanta; a Georgian chef cooked.").empty());
}

TEST_F(ActorMatcherTest, NeighbouringNamesBlockAName) {
  EXPECT_TRUE(Find("Michael Jordan played.").empty());
  EXPECT_TRUE(Find("Fans cheered Jordan Peterson.").empty());
  EXPECT_THAT(Find("Jordan closed its border."), ::testing::ElementsAre(IsActor("JORGOV", "Jordan")));
  EXPECT_TRUE(Find("The Washington Post reported it.").empty());
  EXPECT_THAT(Find("Washington warned Beijing."),
              ::testing::ElementsAre(IsActor("USAGOV", "Washington"), IsActor("CHNGOV", "Beijing")));
}

TEST_F(ActorMatcherTest, SeatWithItsOwnRole) {
  EXPECT_THAT(Find("The Pentagon said that Pentagon planners agreed."),
              ::testing::ElementsAre(IsActor("USAMIL", "The Pentagon"), IsActor("USAMIL", "Pentagon")));
}

TEST_F(ActorMatcherTest, LowerCaseDictionaryWordsMatchAnyCase) {
  EXPECT_THAT(Find("Chinese Officials met."), ::testing::ElementsAre(IsActor("CHNGOV", "Chinese Officials")));
}

TEST_F(ActorMatcherTest, CapitalisedDictionaryWordsMatchExactly) {
  EXPECT_TRUE(Find("the united states and china").empty());
}

TEST_F(ActorMatcherTest, OrganisationCodesSplitIntoCountryAndRole) {
  Document doc;
  text_ = "The CCP spoke.";
  Tokenize(text_, &doc);
  std::vector<ActorMention> mentions;
  dict_->Match(doc, std::nullopt, &mentions);
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].code, "CHNGOV");
  EXPECT_EQ(mentions[0].country, "CHN");
  EXPECT_EQ(mentions[0].role, "GOV");
  EXPECT_EQ(mentions[0].kind, ActorKind::kOrg);
  EXPECT_EQ(mentions[0].origin.file, "actors/test.txt");
  EXPECT_GT(mentions[0].origin.line, 0u);
}

TEST_F(ActorMatcherTest, EmptyAndOddInputs) {
  EXPECT_TRUE(Find("").empty());
  EXPECT_TRUE(Find("... !!! ,,,").empty());
  EXPECT_TRUE(Find(std::string("China\0China", 11)).size() <= 2);
}

TEST_F(ActorMatcherTest, NameAfterAnOfficeIsLearnedForTheArticle) {
  EXPECT_THAT(Find("Syrian foreign minister Walid Haddad met Chinese officials. Haddad later praised China. "
                   "Mr Haddad left."),
              ::testing::ElementsAre(IsActor("SYRGOV", "Syrian foreign minister Walid Haddad"),
                                     IsActor("CHNGOV", "Chinese officials"), IsActor("SYRGOV", "Haddad"),
                                     IsActor("CHNGOV", "China"), IsActor("SYRGOV", "Haddad")));
  // Another first name before the surname is someone else.
  EXPECT_THAT(Find("Syrian foreign minister Walid Haddad spoke. Then Nadia Haddad spoke."),
              ::testing::ElementsAre(IsActor("SYRGOV", "Syrian foreign minister Walid Haddad")));
  // Not learned from an office no longer held, nor from a body.
  EXPECT_THAT(Find("The former Syrian foreign minister Walid Haddad spoke. Haddad left."),
              ::testing::ElementsAre(IsActor("SYRGOV", "Syrian foreign minister")));
  EXPECT_THAT(Find("Syrian officials Walid Haddad and others spoke. Haddad left."),
              ::testing::ElementsAre(IsActor("SYRGOV", "Syrian officials")));
}

TEST_F(ActorMatcherTest, NameInAppositionToAnOfficeIsLearned) {
  EXPECT_THAT(Find("Walid Haddad, the Syrian foreign minister, criticised Sudan. Haddad left."),
              ::testing::ElementsAre(IsActor("SYRGOV", "Walid Haddad"), IsActor("SYRGOV", "Syrian foreign minister"),
                                     IsActor("SDNGOV", "Sudan"), IsActor("SYRGOV", "Haddad")));
  EXPECT_THAT(Find("The Syrian foreign minister, Walid Haddad, visited Sudan. Haddad left."),
              ::testing::ElementsAre(IsActor("SYRGOV", "Syrian foreign minister"), IsActor("SYRGOV", "Walid Haddad"),
                                     IsActor("SDNGOV", "Sudan"), IsActor("SYRGOV", "Haddad")));
  EXPECT_THAT(Find("Omar Nabil, a spokesman for the Syrian military, spoke. Nabil left."),
              ::testing::ElementsAre(IsActor("SYRMIL", "Omar Nabil"), IsActor("SYRMIL", "Syrian military"),
                                     IsActor("SYRMIL", "Nabil")));
  // A government is not a person.
  EXPECT_THAT(Find("Omar Nabil, the Syrian army, spoke. Nabil left."),
              ::testing::ElementsAre(IsActor("SYRMIL", "Syrian army")));
}

TEST_F(ActorMatcherTest, ManyNamesLearnedInOneSentenceKeepTextOrder) {
  // Names learned before and after their offices, many in one sentence:
  // each comes out once, in text order, between the mentions around it.
  std::string text;
  std::vector<std::pair<std::string, std::string>> expected;
  for (int i = 0; i < 60; ++i) {
    const std::string name = std::string("Omar Nabil") + static_cast<char>('a' + i / 26) + static_cast<char>('a' + i % 26);
    if (i % 2 == 0) {
      text += name + ", the Syrian foreign minister, met ";
      expected.push_back({"SYRGOV", name});
      expected.push_back({"SYRGOV", "Syrian foreign minister"});
    } else {
      text += "the Syrian foreign minister, " + name + ", and ";
      expected.push_back({"SYRGOV", "Syrian foreign minister"});
      expected.push_back({"SYRGOV", name});
    }
  }
  text += "Sudan.";
  expected.push_back({"SDNGOV", "Sudan"});
  const std::vector<Found> found = Find(text);
  ASSERT_EQ(found.size(), expected.size());
  for (size_t i = 0; i < found.size(); ++i) {
    EXPECT_EQ(found[i].code, expected[i].first) << i;
    EXPECT_EQ(found[i].text, expected[i].second) << i;
  }
}

TEST_F(ActorMatcherTest, NameOfAnOrganisationIsLearned) {
  EXPECT_THAT(Find("Omar Nabil of the Sudan Liberation Army criticised China. Nabil left."),
              ::testing::ElementsAre(IsActor("SDNREB", "Omar Nabil"), IsActor("SDNREB", "Sudan Liberation Army"),
                                     IsActor("CHNGOV", "China"), IsActor("SDNREB", "Nabil")));
  // Someone "of" a country may be anyone.
  EXPECT_THAT(Find("Omar Nabil of Syria spoke. Nabil left."), ::testing::ElementsAre(IsActor("SYRGOV", "Syria")));
}

TEST_F(ActorMatcherTest, PartyAndStateAfterANameMakeAMemberOfCongress) {
  EXPECT_THAT(Find("Senator Ann Wexler (D-Calif.) criticised China. Wexler left."),
              ::testing::ElementsAre(IsActor("USALEG", "Ann Wexler"), IsActor("CHNGOV", "China"),
                                     IsActor("USALEG", "Wexler")));
  EXPECT_THAT(Find("China and Rep. Tom Baird (R-TX) spoke."),
              ::testing::ElementsAre(IsActor("CHNGOV", "China"), IsActor("USALEG", "Tom Baird")));
  // A dictionary name keeps its own code.
  EXPECT_THAT(Find("Donald Trump (R-NY) spoke.", D("2018-05-01")),
              ::testing::ElementsAre(IsActor("USAGOV", "Donald Trump")));
  // Not a party and a state.
  EXPECT_THAT(Find("Operation Overlord (D-Day) began."), ::testing::IsEmpty());
  EXPECT_THAT(Find("Ann Wexler (D-Xyz) spoke."), ::testing::IsEmpty());
}

TEST_F(ActorMatcherTest, LongAcronymsMayHaveOneCapital) {
  EXPECT_THAT(Find("Unifil and UNIFIL patrols left. The CCP met; the Ccp did not."),
              ::testing::ElementsAre(IsActor("IGOUNO", "Unifil"), IsActor("IGOUNO", "UNIFIL"), IsActor("CHNGOV", "CCP")));
}

TEST_F(ActorMatcherTest, AcronymsAndInitialsOfOrganisationsAreLearned) {
  EXPECT_THAT(Find("Reporters Without Borders (RWB) criticised China. RWB also criticised Syria."),
              ::testing::ElementsAre(IsActor("NGOHRIMED", "Reporters Without Borders"), IsActor("CHNGOV", "China"),
                                     IsActor("NGOHRIMED", "RWB"), IsActor("SYRGOV", "Syria")));
  EXPECT_THAT(Find("The Sudan Liberation Army attacked. The SLA later withdrew."),
              ::testing::ElementsAre(IsActor("SDNREB", "Sudan Liberation Army"), IsActor("SDNREB", "SLA")));
  EXPECT_THAT(Find("The SLA later withdrew."), ::testing::IsEmpty());
}

TEST_F(ActorMatcherTest, FamilyNameWithItsParticleIsAShortForm) {
  EXPECT_THAT(Find("Muqtada al-Sadr spoke. Later al-Sadr left. Al-Sadr returned.", D("2006-05-01")),
              ::testing::ElementsAre(IsActor("IRQREB", "Muqtada al-Sadr"), IsActor("IRQREB", "al-Sadr"),
                                     IsActor("IRQREB", "Al-Sadr")));
}

TEST_F(ActorMatcherTest, NameAfterATitleWithNoCountryWaitsForOne) {
  // A political title right before an unknown name: the name is an actor
  // with the title's role and no country yet (the event coder gives it
  // one), and so is its surname later in the article.
  text_ = "Lord Fenwick met Chinese officials on Monday. Fenwick left. Senator Ruth Okafor-Banks spoke. "
          "Dr Amos Kiprop spoke. The party's spokesman Tom Hale spoke. The former senator Ann Lowe spoke. "
          "Syrian spokesman Omar Nabil spoke.";
  Document doc;
  Tokenize(text_, &doc);
  std::vector<ActorMention> mentions;
  dict_->Match(doc, std::nullopt, &mentions);
  std::vector<std::string> found;
  for (const auto& m : mentions)
    found.push_back((m.needs_country ? "?" + m.role : m.code) + " " + text_.substr(m.begin, m.end - m.begin));
  // "Dr" gives no role: Dr Amos Kiprop is a person with none (UnknownPeople).
  EXPECT_THAT(found, ::testing::ElementsAre("?LEG Lord Fenwick", "CHNGOV Chinese officials", "?LEG Fenwick",
                                            "?LEG Senator Ruth Okafor-Banks", "? Dr Amos Kiprop",
                                            "SYRGOV Syrian spokesman Omar Nabil"));
  for (const auto& m : mentions)
    if (m.needs_country) EXPECT_TRUE(m.country.empty() && m.code.empty() && m.learned);
}

// People no dictionary holds, found by a given name of the dictionary's
// people or after "Mr", "Mrs", "Ms" or "Dr".
constexpr char kPeopleDictionary[] = R"(
country KEN Kenya
  adjective Kenyan
country GBR United Kingdom
  name UK
  adjective British
org COLREB FARC
person Jane Ocampo
  short Ocampo
  code KENGOV 2003-01-01..2005-12-31
person Peter Okello
  code KENGOV 2003-01-01..
role GOV
  noun officials
  noun minister
  noun trade minister
role LEG
  noun senator
role MED
  noun journalist
)";

class UnknownPeopleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto dict = ActorDictionary::FromTexts({{"actors/people.txt", kPeopleDictionary}}, nullptr);
    ASSERT_TRUE(dict.ok());
    dict_ = std::move(*dict);
  }
  // Each mention as "CODE text", with "?ROLE" for one whose country the
  // event coder gives.
  std::vector<std::string> Find(const std::string& text, std::optional<Date> date = std::nullopt) {
    text_ = text;
    Document doc;
    Tokenize(text_, &doc);
    std::vector<ActorMention> mentions;
    dict_->Match(doc, date, &mentions);
    std::vector<std::string> found;
    for (const auto& m : mentions) {
      found.push_back((m.needs_country ? "?" + m.role : m.code) + " " + text_.substr(m.begin, m.end - m.begin));
      if (m.needs_country) EXPECT_TRUE(m.country.empty() && m.code.empty() && m.learned);
    }
    return found;
  }
  std::unique_ptr<ActorDictionary> dict_;
  std::string text_;
};

TEST_F(UnknownPeopleTest, GivenNameOrAddressMakesAPerson) {
  EXPECT_THAT(Find("Jane Wexler criticised Kenya on Monday. Wexler left. Mr Hale and Dr Amos Kiprop spoke."),
              ::testing::ElementsAre("? Jane Wexler", "KENGOV Kenya", "? Wexler", "? Mr Hale", "? Dr Amos Kiprop"));
  // Two- and three-word names; the surname alone only once the name is known.
  EXPECT_THAT(Find("Wexler spoke. Peter Alan Mwangi left. Mwangi returned."),
              ::testing::ElementsAre("? Peter Alan Mwangi", "? Mwangi"));
}

TEST_F(UnknownPeopleTest, NotPlacesBodiesOrThings) {
  EXPECT_THAT(Find("The Jane Wexler Foundation spoke."), ::testing::IsEmpty());
  EXPECT_THAT(Find("A new Acme Jane Wexler shop opened."), ::testing::IsEmpty());
  EXPECT_THAT(Find("They met at Peter Hamilton Arena in Lucas Heights."), ::testing::IsEmpty());
  EXPECT_THAT(Find("The aircraft carrier Peter Wexler sailed."), ::testing::IsEmpty());
  EXPECT_THAT(Find("Jane said so."), ::testing::IsEmpty());
}

TEST_F(UnknownPeopleTest, KnownPeopleAreNotShadowed) {
  EXPECT_THAT(Find("Peter Okello met Jane Ocampo.", *ParseDate("2004-05-01")),
              ::testing::ElementsAre("KENGOV Peter Okello", "KENGOV Jane Ocampo"));
  // Out of office, a dictionary name stays no actor.
  EXPECT_THAT(Find("Peter Okello met Jane Ocampo. Mr Ocampo left.", *ParseDate("2010-05-01")),
              ::testing::ElementsAre("KENGOV Peter Okello"));
}

TEST_F(UnknownPeopleTest, CountryWrittenBesideTheName) {
  EXPECT_THAT(Find("Kenyan doctor Jane Wexler spoke."), ::testing::ElementsAre("KEN Kenyan doctor Jane Wexler"));
  EXPECT_THAT(Find("The British Development Minister, Jane Wexler, spoke."),
              ::testing::ElementsAre("GBRGOV British Development Minister, Jane Wexler"));
  EXPECT_THAT(Find("The former Kenyan trade minister Jane Wexler spoke."),
              ::testing::ElementsAre("KEN Kenyan trade minister Jane Wexler"));
  EXPECT_THAT(Find("Jane Wexler, a Kenyan, was held."), ::testing::ElementsAre("KEN Jane Wexler", "KENGOV Kenyan"));
  EXPECT_THAT(Find("The FARC guerrilla Peter Wexler was held. Wexler left."),
              ::testing::ElementsAre("COLREB FARC guerrilla Peter Wexler", "COLREB Wexler"));
  // A list is no apposition; a country's name is no modifier.
  EXPECT_THAT(Find("Kenya, Jane Wexler and others spoke."), ::testing::ElementsAre("KENGOV Kenya", "? Jane Wexler"));
  // A role written with the country is learned as before.
  EXPECT_THAT(Find("Kenyan journalist Jane Wexler spoke."),
              ::testing::ElementsAre("KENMED Kenyan journalist Jane Wexler"));
}

TEST_F(UnknownPeopleTest, LaterTitleGivesTheRole) {
  EXPECT_THAT(Find("Jane Wexler spoke. Senator Wexler left. Wexler returned."),
              ::testing::ElementsAre("? Jane Wexler", "?LEG Senator Wexler", "?LEG Wexler"));
  // Not an office held before.
  EXPECT_THAT(Find("Jane Wexler spoke. The former senator Wexler left. Wexler returned."),
              ::testing::ElementsAre("? Jane Wexler", "? senator Wexler", "? Wexler"));
}

}  // namespace
}  // namespace dyad
