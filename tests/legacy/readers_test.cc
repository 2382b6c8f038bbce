// The legacy dictionary readers on small texts written here: each format,
// each construct, and each quirk of the real files (a 7-digit date, spaces
// inside brackets, lower-case codes, comments glued to brackets, <!-- -->
// comments), reported as FILE:LINE: reason without stopping.
#include "dyad/legacy.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace dyad::legacy {
namespace {

struct Read {
  Dictionary dict;
  std::vector<Problem> problems;

  bool Reported(uint64_t line, std::string_view fragment) const {
    for (const Problem& p : problems)
      if (p.line == line && p.reason.find(fragment) != std::string::npos) return true;
    return false;
  }
  std::string All() const {
    std::string out;
    for (const Problem& p : problems) out += p.ToString() + "\n";
    return out;
  }
};

Read ReadOne(Format format, FileKind kind, const std::string& name, std::string_view text) {
  Read r;
  ReadText(format, kind, name, text, &r.dict, [&](const Problem& p) { r.problems.push_back(p); });
  return r;
}

TEST(TabariActorsTest, CodesSynonymsAndDateRestrictions) {
  Read r = ReadOne(Format::kTabari, FileKind::kActors, "demo.actors",
                   "ARNOR  [ARN]\n"
                   "ALBRIGHT  [USAGOV 991201-010114] [---] ;ems 02 Feb 2001\n"
                   "GOLLUM  ; pas 27 Apr 03\n"
                   "+SMEAGOL\n"
                   "\t[HOB <950601]\n"
                   "\t[HOBGOV 950601 - 990815]\n"
                   "\t[HOBREB >990816]\n"
                   "LORIEN  [ELR/GAL]\n"
                   "~~FINISH\n"
                   "AFTER [END]\n");
  ASSERT_EQ(r.dict.actors.size(), 4u) << r.All();  // AFTER follows the end mark
  EXPECT_EQ(r.dict.actors[0].names[0].text, "ARNOR");
  EXPECT_EQ(r.dict.actors[0].codes[0].code, "ARN");
  const Actor& albright = r.dict.actors[1];
  ASSERT_EQ(albright.codes.size(), 2u);
  EXPECT_TRUE(albright.codes[0].dated);
  EXPECT_EQ(albright.codes[0].from, 19991201);
  EXPECT_EQ(albright.codes[0].to, 20010114);
  EXPECT_EQ(albright.codes[1].code, "---");
  const Actor& gollum = r.dict.actors[2];
  ASSERT_EQ(gollum.names.size(), 2u);
  EXPECT_EQ(gollum.names[1].text, "SMEAGOL");
  ASSERT_EQ(gollum.codes.size(), 3u);
  EXPECT_EQ(gollum.codes[0].to, 19950601);
  EXPECT_EQ(gollum.codes[1].from, 19950601);
  EXPECT_EQ(gollum.codes[2].from, 19990816);
  // Spaces around the dash of a range are a repaired quirk, reported.
  EXPECT_TRUE(r.Reported(6, "note: spaces inside brackets")) << r.All();
  EXPECT_EQ(r.dict.actors[3].codes[0].code, "ELR/GAL");
  EXPECT_EQ(r.dict.files[0], "demo.actors");
}

TEST(TabariActorsTest, NounAndAdjectiveSections) {
  Read r = ReadOne(Format::kTabari, FileKind::kActors, "a.actors",
                   "<NOUN>\nBEES   ;pas\nFORCES_\n</NOUN>\n<ADJECTIVE>\nAWFUL\n</ADJECTIVE>\nX [XXX]\n");
  EXPECT_EQ(r.dict.nouns.size(), 2u);
  EXPECT_EQ(r.dict.adjectives.size(), 1u);
  EXPECT_EQ(r.dict.actors.size(), 1u);
  EXPECT_TRUE(r.problems.empty()) << r.All();
}

// Each quirk of the real files: what is repaired is reported as a note, what
// cannot be used is reported and skipped, and reading goes on.
TEST(ActorQuirksTest, EachQuirkIsReportedWithItsLine) {
  Read r = ReadOne(Format::kPetrarch2, FileKind::kActors, "q.actors.txt",
                   "<!-- a comment\n"                         // 1
                   "   across lines -->\n"                    // 2
                   "ARMENIA_ [ARM]\n"                         // 3
                   "\t[ARMUNR 9008223-911221]\n"              // 4: 7-digit date
                   "PALESTINIAN [pse]\n"                      // 5: lower-case code
                   "POLICE_ [ ~COP]\n"                        // 6: space inside (not an agent file)
                   "CARAS_GALADHON [ELF]# glued comment\n"    // 7: comment glued to the bracket
                   "ZAMBIA [ZAM] <!-- inline --> \n"          // 8
                   "HOBBIT\n"                                 // 9
                   "\t[HOB < 950601]\n"                       // 10: spaces inside brackets
                   "BAD [XYZ 950132-960101]\n"                // 11: not a calendar date
                   "+FAEROYENE]_\n"                           // 12: stray bracket in a synonym
                   "NOCODE_\n"                                // 13: no code at all
                   "LAST [LST]\n");                           // 14
  EXPECT_TRUE(r.Reported(4, "7-digit date \"9008223\"")) << r.All();
  EXPECT_TRUE(r.Reported(5, "lower-case code \"pse\" read as \"PSE\"")) << r.All();
  EXPECT_TRUE(r.Reported(6, "bad code")) << r.All();
  EXPECT_TRUE(r.Reported(10, "spaces inside brackets")) << r.All();
  EXPECT_TRUE(r.Reported(11, "not a calendar date")) << r.All();
  EXPECT_TRUE(r.Reported(12, "stray bracket")) << r.All();
  EXPECT_TRUE(r.Reported(13, "no code")) << r.All();
  for (const Problem& p : r.problems) EXPECT_EQ(p.file, "q.actors.txt");
  // The good lines are all there.
  std::vector<std::string> names;
  for (const Actor& a : r.dict.actors) names.push_back(a.names[0].text);
  EXPECT_EQ(names, (std::vector<std::string>{"ARMENIA_", "PALESTINIAN", "POLICE_", "CARAS_GALADHON", "ZAMBIA",
                                             "HOBBIT", "BAD", "NOCODE_", "LAST"}));
  EXPECT_EQ(r.dict.actors[1].codes[0].code, "PSE");
  EXPECT_EQ(r.dict.actors[3].codes[0].code, "ELF");
  EXPECT_EQ(r.dict.actors[5].codes[0].to, 19950601);
  EXPECT_EQ(r.dict.actors[6].names.size(), 2u);  // BAD and its cleaned synonym
  EXPECT_EQ(r.dict.actors[6].names[1].text, "FAEROYENE_");
  EXPECT_EQ(r.dict.problems, r.problems.size());
}

TEST(ActorQuirksTest, EightDigitAndSixDigitDatesMix) {
  Read r = ReadOne(Format::kPhoenix, FileKind::kActors, "p.actors.txt",
                   "JAMES_BYRNES_  ; CountryInfo.txt\n"
                   "\t[USAELI 18970101-450703]\n"
                   "\t[USAGOV 450703-470121]\n"
                   "\t[USAELI]\n");
  ASSERT_EQ(r.dict.actors.size(), 1u);
  const Actor& a = r.dict.actors[0];
  ASSERT_EQ(a.codes.size(), 3u);
  EXPECT_EQ(a.codes[0].from, 18970101);
  EXPECT_EQ(a.codes[0].to, 19450703);
  EXPECT_EQ(a.codes[1].to, 19470121);
  EXPECT_FALSE(a.codes[2].dated);
  EXPECT_TRUE(r.problems.empty()) << r.All();
}

TEST(ActorQuirksTest, DefaultBeforeDatedCodesAndTwoDefaults) {
  Read r = ReadOne(Format::kPhoenix, FileKind::kActors, "p.actors.txt",
                   "MICHELE_MONTAS_\t[HTIOPPMED <061231] [IGOUNOMED]\t[---] #MleH\n"
                   "LATE_DATE_ [AAA]\n\t[BBB 900101-910101]\n");
  EXPECT_TRUE(r.Reported(1, "2 codes without a date")) << r.All();
  EXPECT_FALSE(r.Reported(3, "dated code after the default")) << r.All();  // PETRARCH's own form
  Read t = ReadOne(Format::kTabari, FileKind::kActors, "t.actors", "LATE_DATE_ [AAA]\n\t[BBB 900101-910101]\n");
  EXPECT_TRUE(t.Reported(2, "note: dated code after the default")) << t.All();
}

TEST(AgentsTest, TabariAgentsBothSidesOfTheTilde) {
  Read r = ReadOne(Format::kTabari, FileKind::kAgents, "v.agents",
                   "FOREIGN_MINISTER_  [ ~GOVFRM] ;jap 4/14/01\n"
                   "HUMAN_RIGHTS_BODY_   [  NGO~] ;BNL\n"
                   "NO_TILDE_ [GOV]\n"
                   "JAILED_OPPOSITION_LEADER_   [  ~opp]\n");
  ASSERT_EQ(r.dict.agents.size(), 3u) << r.All();
  EXPECT_EQ(r.dict.agents[0].code, "GOVFRM");
  EXPECT_FALSE(r.dict.agents[0].prefix);
  EXPECT_EQ(r.dict.agents[1].code, "NGO");
  EXPECT_TRUE(r.dict.agents[1].prefix);
  EXPECT_EQ(r.dict.agents[2].code, "OPP");
  EXPECT_TRUE(r.Reported(1, "note: spaces inside brackets"));
  EXPECT_TRUE(r.Reported(3, "has no ~"));
  EXPECT_TRUE(r.Reported(4, "lower-case code"));
}

TEST(AgentsTest, PetrarchPluralsAndSubstitutionSets) {
  Read r = ReadOne(Format::kPetrarch2, FileKind::kAgents, "x.agents.txt",
                   "<!-- header -->\n"
                   "!PERSON! = MAN, MEN, WOMAN\n"
                   "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV] # mj\n"
                   "POLICE {} [ ~COP]\n"
                   "CONGRESS!PERSON! [~LEG]\n"
                   "!NOSUCH!_X [~GOV]\n"
                   "TROOP [~MIL\n");
  ASSERT_EQ(r.dict.agents.size(), 6u) << r.All();
  EXPECT_EQ(r.dict.agents[0].plurals, std::vector<std::string>{"ATTORNEYS_GENERAL"});
  EXPECT_TRUE(r.dict.agents[1].plurals_given);
  EXPECT_TRUE(r.dict.agents[1].plurals.empty());
  EXPECT_EQ(r.dict.agents[2].phrase.text, "CONGRESSMAN");
  EXPECT_EQ(r.dict.agents[4].phrase.text, "CONGRESSWOMAN");
  EXPECT_EQ(r.dict.agents[5].code, "MIL");
  EXPECT_TRUE(r.Reported(6, "undefined substitution set")) << r.All();
  EXPECT_TRUE(r.Reported(7, "without \"]\"")) << r.All();
}

TEST(TabariVerbsTest, SectionsRootsFormsAndPatterns) {
  Read r = ReadOne(Format::kTabari, FileKind::kVerbs, "d.verbs",
                   "<SYNSETS>\n"              // 1
                   "&TIETYPES\n"              // 2
                   "+MILITARY\n"              // 3
                   "+ECONOMIC\n"              // 4
                   "</SYNSETS>\n"             // 5
                   "<TIME>\n"                 // 6
                   "LAST_WEEK [-7]\n"         // 7
                   "</TIME>\n"                // 8
                   "- * ORPHAN [010]\n"       // 9: before any verb
                   "BREAK_ [1717]\n"          // 10
                   "{ BROKE_ BROKEN_ }\n"     // 11
                   "- * TREATY [161]\n"       // 12
                   "- + WAS * BY $ [222]\n"   // 13
                   "- NO MARKER [111]\n"      // 14
                   "ARRIVE  [032:033] ;pas\n" // 15
                   "ALLOW [---]\n"            // 16
                   "- * THE_NEAT~_PLACE  [027]\n"
                   "ACT_ [100]\n"
                   "- * SOMETHING [sdf]\n");
  ASSERT_EQ(r.dict.synsets.size(), 1u);
  EXPECT_EQ(r.dict.synsets[0].name, "&TIETYPES");
  EXPECT_EQ(r.dict.synsets[0].members.size(), 2u);
  EXPECT_EQ(r.dict.time_shifts.size(), 1u);
  EXPECT_TRUE(r.Reported(7, "unsupported: <TIME>"));
  EXPECT_TRUE(r.Reported(9, "pattern before any verb"));
  EXPECT_TRUE(r.Reported(14, "without the verb marker"));
  ASSERT_EQ(r.dict.verbs.size(), 4u) << r.All();
  const Verb& brk = r.dict.verbs[0];
  EXPECT_EQ(brk.code, "1717");
  EXPECT_EQ(brk.forms[0].irregular, (std::vector<std::string>{"BROKE_", "BROKEN_"}));
  ASSERT_EQ(brk.patterns.size(), 2u);
  EXPECT_EQ(brk.patterns[1].text, "+ WAS * BY $");
  EXPECT_EQ(brk.patterns[1].where.line, 13u);
  EXPECT_EQ(r.dict.verbs[1].code, "032:033");
  EXPECT_EQ(r.dict.verbs[3].patterns[0].code, "SDF");
  EXPECT_TRUE(r.Reported(19, "lower-case code"));
}

TEST(PetrarchVerbsTest, BlocksSynsetsCompoundVerbsAndTransformations) {
  Read r = ReadOne(Format::kPetrarch2, FileKind::kVerbs, "CAMEO.2.0.txt",
                   "&CURRENCY\n"                                          // 1
                   "+DOLLARS\n"                                           // 2
                   "+SWISS FRANCS\n"                                      // 3
                   "\n"                                                   // 4
                   "---  ACCELERATE   [---]  ---\n"                       // 5
                   "ACCELERATE \n"                                        // 6
                   "HURRY {HURRIES HURRYING HURRIED }\n"                  // 7
                   "+CLEAR_UP\n"                                          // 8
                   "KLM_NOP_+RST [002]\n"                                 // 9
                   "- * (TO)                 [042:043]     # RUSH\n"      // 10
                   "- * {ARMS SHIPMENT}      [072]         # EXPEDITE\n"  // 11
                   "---  DISGRACE   [110]---  ---\n"                      // 12: dashes glued
                   "DISGRACE\n"                                           // 13
                   "- * (BEFORE COURT)       [:173]\n"                    // 14
                   "~ a (a b ATTACK) SAY = a b 015\n");                   // 15
  ASSERT_EQ(r.dict.synsets.size(), 1u);
  EXPECT_EQ(r.dict.synsets[0].members[1].text, "SWISS FRANCS");
  ASSERT_EQ(r.dict.verbs.size(), 2u) << r.All();
  const Verb& b = r.dict.verbs[0];
  EXPECT_EQ(b.name, "ACCELERATE");
  EXPECT_EQ(b.code, "---");
  ASSERT_EQ(b.forms.size(), 4u);
  EXPECT_EQ(b.forms[1].irregular.size(), 3u);
  EXPECT_EQ(b.forms[2].text, "+CLEAR_UP");
  EXPECT_EQ(b.forms[3].code, "002");
  ASSERT_EQ(b.patterns.size(), 2u);
  EXPECT_EQ(b.patterns[0].text, "* (TO)");
  EXPECT_EQ(b.patterns[0].code, "042:043");
  EXPECT_EQ(r.dict.verbs[1].code, "110");
  EXPECT_TRUE(r.Reported(12, "note: dashes glued")) << r.All();
  EXPECT_EQ(r.dict.verbs[1].patterns[0].code, ":173");
  EXPECT_EQ(r.dict.transformations.size(), 1u);
  EXPECT_TRUE(r.Reported(15, "unsupported: ~ transformation"));
}

TEST(PetrarchVerbsTest, XmlCommentsAndPatternsOutsideBlocks) {
  Read r = ReadOne(Format::kPetrarch1, FileKind::kVerbs, "v.txt",
                   "<!-- PETRARCH VALIDATION SUITE VERBS DICTIONARY -->\n"
                   "- * ORPHAN [010]\n"
                   "--- AGREE  [081] ---\n"
                   "AGREE  \n"
                   "- % * [030:030]  # pas 14.09.18\n"
                   "- * TO_LET_ESCAPE  [066]\n"
                   "- * NO CODE\n");
  EXPECT_TRUE(r.Reported(2, "pattern before any verb block"));
  EXPECT_TRUE(r.Reported(7, "without a code"));
  ASSERT_EQ(r.dict.verbs.size(), 1u);
  EXPECT_EQ(r.dict.verbs[0].patterns.size(), 2u);
}

TEST(OtherFilesTest, DiscardsIssuesAndOptions) {
  Read d = ReadOne(Format::kPetrarch2, FileKind::kDiscards, "d.txt",
                   "# Story-level discards are indicated with a '+'.\n+TYPHOON   # ELH\nBASEBALL\n+\n");
  ASSERT_EQ(d.dict.discards.size(), 2u);
  EXPECT_TRUE(d.dict.discards[0].story);
  EXPECT_FALSE(d.dict.discards[1].story);
  EXPECT_TRUE(d.Reported(4, "empty discard"));

  Read i = ReadOne(Format::kPetrarch2, FileKind::kIssues, "i.txt",
                   "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\nn:school [SCHOOLS]\n~a head start\nno code\n</ISSUE>\n"
                   "</ISSUE>\n");
  EXPECT_EQ(i.dict.issues.size(), 3u);
  EXPECT_TRUE(i.Reported(4, "without a [CODE]"));
  EXPECT_TRUE(i.Reported(6, "without <ISSUE>"));

  Read o = ReadOne(Format::kTabari, FileKind::kOptions, "v.options",
                   "// OPTIONS FILE\nCOMPLEX: VERBS[5] CONJ[4]\nLABEL: 010=YIELD\nLABEL: 222=NONMIL DESTR\nGARBAGE\n");
  EXPECT_EQ(o.dict.labels.size(), 2u);
  EXPECT_EQ(o.dict.labels[1], (std::pair<std::string, std::string>{"222", "NONMIL DESTR"}));
  EXPECT_EQ(o.dict.options.size(), 1u);
  EXPECT_TRUE(o.Reported(5, "without a COMMAND"));
}

TEST(OtherFilesTest, FormatNames) {
  for (Format f : {Format::kAuto, Format::kTabari, Format::kPetrarch1, Format::kPetrarch2, Format::kPhoenix,
                   Format::kDyad})
    EXPECT_EQ(ParseFormat(FormatName(f)), f);
  EXPECT_FALSE(ParseFormat("kedS").has_value());
}

// Arbitrary bytes never crash a reader and every problem names its file.
TEST(RobustnessTest, GarbageIsReportedNotFatal) {
  const std::string garbage = std::string("[[[ ]]] {{ }\n\t[\n+\n-\n---\n&\n!X! =\n~\n<NOUN>\n\0\xff\xfe", 44) +
                              "\n- * [\n--- [ ---\n";
  for (Format f : {Format::kTabari, Format::kPetrarch1, Format::kPetrarch2}) {
    for (FileKind k : {FileKind::kActors, FileKind::kAgents, FileKind::kVerbs, FileKind::kOptions,
                       FileKind::kDiscards, FileKind::kIssues}) {
      Read r = ReadOne(f, k, "g.txt", garbage);
      for (const Problem& p : r.problems) EXPECT_EQ(p.file, "g.txt");
    }
  }
}

}  // namespace
}  // namespace dyad::legacy
