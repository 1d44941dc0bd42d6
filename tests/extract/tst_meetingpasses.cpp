// SPDX-License-Identifier: GPL-3.0-or-later
// The meeting passes one by one (core/extract/meetingpasses.h): triggers, parties, status,
// place and time, merging. Each row calls its pass directly on sentences written for it and
// stands next to a negative twin that must not be read the same way. Every name is invented.
#include "extract/gazetteer.h"
#include "extract/meetingpasses.h"
#include "extractrows.h"

#include <QtTest>

#include <memory>
#include <optional>

using namespace parley;
using namespace parley::testrows;

namespace {

/// One text read up to the meeting passes: sentences, officials, references, states.
struct Reading
{
    Document doc;
    DocContext ctx;

    Reading(const QString& text, const GazetteerData& g, const Lexicon& lex)
        : doc(makeDocument(text)), ctx(doc, g, lex)
    {
        readStatesAndPeople(ctx);
    }
    const SentenceInfo& last() const { return ctx.sents.back(); }
    std::vector<const PersonRef*> refsOf(const SentenceInfo& s) const
    {
        std::vector<const PersonRef*> out;
        for (const PersonRef& r : ctx.refs)
            if (r.sentence == s.index)
                out.push_back(&r);
        return out;
    }
    /// The surnames of the people, sorted and joined by ';'.
    QString names(const std::vector<int>& people) const
    {
        QStringList out;
        for (int p : people)
            out << ctx.persons[std::size_t(p)].name.section(QLatin1Char(' '), -1);
        return sorted(out).join(QLatin1Char(';'));
    }
    QString stateNames(const std::vector<int>& states) const
    {
        QStringList out;
        for (int st : states)
            out << ctx.g.states[std::size_t(st)].name;
        return sorted(out).join(QLatin1Char(';'));
    }
};

/// The passes the driver runs up to the place of the last sentence's first trigger (none without one).
struct FirstPlace
{
    Trigger trigger;
    TriggerScope scope;
    MeetingPlace where;
};

std::optional<FirstPlace> firstTriggerPlace(const Reading& r, const Lexicon& lex)
{
    const SentenceInfo& s = r.last();
    const auto refs = r.refsOf(s);
    const std::vector<Trigger> triggers = findTriggers(lex, s);
    if (triggers.empty())
        return std::nullopt;
    const std::vector<Clause> cls = clauses(lex, s, refs);
    const TriggerScope scope = scopeOf(lex, s, triggers, 0, cls);
    const Parties parties = findParties(r.ctx, s, refs, triggers.front(), scope, cls);
    return FirstPlace{triggers.front(), scope,
                      placeOf(r.ctx, s, triggers.front(), scope, parties, triggers.size())};
}

/// "label" or "label(mode)" for each trigger, with "+flag" for the flags that are set.
QString describe(const Trigger& t)
{
    QString d = t.label;
    if (!t.mode.isEmpty())
        d += QLatin1Char('(') + t.mode + QLatin1Char(')');
    const std::pair<bool, const char*> flags[] = {
        {t.anaphoric, "+anaphoric"}, {t.passive, "+passive"}, {t.previous, "+previous"},
        {t.split, "+split"},         {t.between, "+between"}, {t.attend, "+attend"},
        {t.gathering, "+gathering"}, {t.discuss, "+discuss"},   {t.frame, "+frame"},
        {t.atGathering, "+atGathering"}};
    for (const auto& [set, name] : flags)
        if (set)
            d += QLatin1String(name);
    return d;
}

} // namespace

class TestMeetingPasses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void triggers_data();
    void triggers();
    void parties_data();
    void parties();
    void states_data();
    void states();
    void status_data();
    void status();
    void placeAndTime_data();
    void placeAndTime();
    void hostOfPlace_data();
    void hostOfPlace();
    void merging_data();
    void merging();
    void compatibleDrafts();
    void attendedMeeting_data();
    void attendedMeeting();
    void officialList_data();
    void officialList();

private:
    std::unique_ptr<Gazetteer> m_gazetteer;
    Lexicon m_lexicon;
};

void TestMeetingPasses::initTestCase()
{
    Result<Gazetteer> g = Gazetteer::builtin();
    QVERIFY2(g.ok(), qPrintable(g.error().toString()));
    m_gazetteer = std::make_unique<Gazetteer>(std::move(g).value());
    Result<Lexicon> lex = Lexicon::builtin();
    QVERIFY2(lex.ok(), qPrintable(lex.error().toString()));
    m_lexicon = std::move(lex).value();
}

// expected: the triggers of the text's last sentence, described, joined by " | ".
void TestMeetingPasses::triggers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("met with") << "Peruvian President Ana Quispe met with Chilean President Tomas Reyes."
                              << "met with";
    QTest::newRow("twin: a noun with no meeting word") << "Peruvian President Ana Quispe signed a treaty."
                                                       << "";
    QTest::newRow("held talks with") << "Ana Quispe held talks with Tomas Reyes in Lima." << "held talks";
    QTest::newRow("twin: called for an end") << "Ana Quispe called for an end to the war." << "";
    // "held a video conference": held with one modifier after the article, as "held a bilateral meeting"
    QTest::newRow("video conference") << "Ana Quispe held a video conference with Tomas Reyes."
                                      << "held conference(video)";
    QTest::newRow("twin: press conference") << "Ana Quispe held a press conference in Lima." << "";
    QTest::newRow("spoke by phone, no with") << "Ana Quispe and Tomas Reyes spoke by phone on Monday."
                                             << "spoke with(phone)";
    QTest::newRow("twin: spoke at an event") << "Ana Quispe spoke at a rally on Monday." << "";
    QTest::newRow("granted an audience to") << "The pope granted an audience to Ana Quispe."
                                            << "audience to";
    QTest::newRow("twin: an audience of students") << "Ana Quispe addressed an audience of students."
                                                   << "";
    QTest::newRow("received a visitor") << "Ana Quispe received Tomas Reyes at the palace." << "received";
    QTest::newRow("twin: received a letter") << "Ana Quispe received a letter from Tomas Reyes." << "";
    QTest::newRow("passive") << "Ana Quispe was received by Tomas Reyes." << "received+passive";
    QTest::newRow("twin: active") << "Tomas Reyes received Ana Quispe." << "received";
    QTest::newRow("separately") << "Ana Quispe met separately with Tomas Reyes and Luis Prado."
                                << "met+split";
    QTest::newRow("twin: together") << "Ana Quispe met with Tomas Reyes and Luis Prado." << "met with";
    QTest::newRow("the meeting refers back") << "The meeting lasted two hours." << "meeting+anaphoric";
    QTest::newRow("twin: a meeting with someone") << "A meeting with Tomas Reyes lasted two hours."
                                                  << "meeting";
    QTest::newRow("called on, a visit") << "Ana Quispe paid a courtesy call on Tomas Reyes."
                                        << "call on";
    QTest::newRow("twin: called on, an appeal") << "Ana Quispe called on Tomas Reyes to release the prisoners."
                                                << "";
    QTest::newRow("their previous meeting") << "Their previous meeting was in Lima." << "meeting+anaphoric+previous";
    QTest::newRow("twin: the first visit in years is this one")
        << "It was the first visit by a Chilean leader in ten years." << "visit";
    QTest::newRow("discussed, two parties") << "Ana Quispe and Tomas Reyes discussed trade."
                                            << "discussed+discuss";
    QTest::newRow("twin: met and discussed is one meeting")
        << "Ana Quispe met Tomas Reyes and discussed trade." << "met";
    QTest::newRow("during the meeting frames the clause")
        << "Luis Prado presented a report during the meeting." << "meeting+anaphoric+frame";
    QTest::newRow("twin: what is said of the meeting")
        << "Luis Prado criticised the meeting in a statement." << "meeting+anaphoric";
    QTest::newRow("twin: during a described event that may be another")
        << "Luis Prado spoke during the recent regional summit." << "summit+anaphoric+gathering";
    QTest::newRow("in a phone call frames the clause")
        << "Ana Quispe told Tomas Reyes in a phone call that ties were strong." << "call(phone)+frame";
    QTest::newRow("a visit and the call it was agreed in are not one expression")
        << "Ana Quispe accepted an invitation to visit Lima during a phone call with Tomas Reyes."
        << "call(phone)+frame";
    QTest::newRow("joined at the talks by: the talks told before")
        << "Ana Quispe was joined at the talks by Luis Prado." << "joined talks+passive+attend";
    QTest::newRow("twin: joined the talks with someone") << "Ana Quispe joined the talks with Luis Prado."
                                                          << "joined talks";
    QTest::newRow("talks at a gathering") << "Ana Quispe met Tomas Reyes on the sidelines of the G20 summit."
                                          << "met summit+gathering+atGathering";
    QTest::newRow("twin: convening the gathering") << "Ana Quispe convened a summit of regional leaders."
                                                   << "convened summit+gathering";
    QTest::newRow("twin: a visit alone")
        << "Ana Quispe accepted an invitation to visit Lima." << "visit";
}

void TestMeetingPasses::triggers()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Reading r(text, m_gazetteer->data(), m_lexicon);
    QStringList got;
    for (const Trigger& t : findTriggers(m_lexicon, r.last()))
        got << describe(t);
    QCOMPARE(got.join(QStringLiteral(" | ")), expected);
}

// The first trigger of the last sentence: its subjects and objects (surnames, sorted).
void TestMeetingPasses::parties_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("subjects");
    QTest::addColumn<QString>("objects");

    QTest::newRow("subject and object")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes in Lima." << "Quispe" << "Reyes";
    QTest::newRow("twin: a person in the topic takes no part")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes to discuss the arrest of "
           "Bolivian Minister Luis Prado."
        << "Quispe" << "Reyes";
    QTest::newRow("their meeting: the last meeting's people")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes on Monday. Their meeting "
           "lasted two hours."
        << "Quispe;Reyes" << "";
    QTest::newRow("twin: the meeting names nobody")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes on Monday. The meeting "
           "lasted two hours."
        << "" << "";
    QTest::newRow("his guest: the official named last of another state")
        << "Chilean President Tomas Reyes arrived in Lima on Monday. Peruvian President Ana Quispe "
           "received her guest at the palace."
        << "Quispe" << "Reyes";
    QTest::newRow("twin: the delegation is no description of a person")
        << "Chilean President Tomas Reyes arrived in Lima on Monday. Peruvian President Ana Quispe "
           "received the delegation at the palace."
        << "Quispe" << "";
    QTest::newRow("quoted we: the speaker took part")
        << "\"We met Tomas Reyes on Monday,\" said Peruvian President Ana Quispe." << "Quispe" << "";
    QTest::newRow("twin: quoted they: the speaker did not")
        << "\"They met Tomas Reyes on Monday,\" said Peruvian President Ana Quispe." << "" << "";
    QTest::newRow("subject in the clause before")
        << "Peruvian President Ana Quispe, on her first trip abroad, met Chilean President Tomas Reyes."
        << "Quispe" << "Reyes";
    QTest::newRow("reporter of a meeting is no party")
        << "Spokesman Luis Prado said Peruvian President Ana Quispe met Chilean President Tomas Reyes."
        << "Quispe" << "Reyes";
    QTest::newRow("twin: a speaker who met someone is a party")
        << "Peruvian President Ana Quispe said after meeting Chilean President Tomas Reyes that trade would grow."
        << "Quispe" << "Reyes";
    // (session 23: "A, on a state visit to Laos, was received by B" is B receiving A; the passive
    // after an aside of the subject's journey takes the subject before the aside)
    QTest::newRow("a passive after an aside of the journey takes its subject before it")
        << "Peruvian President Ana Quispe, on her first trip abroad, was received by Chilean President "
           "Tomas Reyes."
        << "Quispe" << "Reyes";
}

void TestMeetingPasses::parties()
{
    QFETCH(QString, text);
    QFETCH(QString, subjects);
    QFETCH(QString, objects);
    Reading r(text, m_gazetteer->data(), m_lexicon);
    const SentenceInfo& s = r.last();
    const auto refs = r.refsOf(s);
    const std::vector<Trigger> triggers = findTriggers(m_lexicon, s);
    QVERIFY(!triggers.empty());
    // The meetings of the sentences before: what "their meeting" refers to.
    Reading before(r.doc.text.left(s.start), m_gazetteer->data(), m_lexicon);
    findMeetings(before.ctx);
    r.ctx.meetings = before.ctx.meetings;
    const std::vector<Clause> cls = clauses(m_lexicon, s, refs);
    const TriggerScope scope = scopeOf(m_lexicon, s, triggers, 0, cls);
    const Parties p = findParties(r.ctx, s, refs, triggers.front(), scope, cls);
    QCOMPARE(r.names(p.subjects), subjects);
    QCOMPARE(r.names(p.objects), objects);
}

// The states of the last sentence's first meeting: of its people, named as parties, the host.
void TestMeetingPasses::states_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    // session 18, meetings: a third state's town, no seat of its government, where people of
    // other sides met (a body's official one of them) hosts no party; one person there meets
    // its host
    QTest::newRow("a third state's town hosts no party of a state and a body")
        << "Peruvian President Ana Quispe met European Commission President Ursula von der Leyen in Davos "
           "on Tuesday."
        << "Peru";
    QTest::newRow("twin: one person in a third state's town meets its host")
        << "Peruvian President Ana Quispe held talks in Davos on Tuesday with officials."
        << "Peru;Switzerland";
    QTest::newRow("the city of a gathering hosts no party")
        << "Peruvian President Ana Quispe and Chilean President Tomas Reyes held talks on the sidelines of "
           "the G20 summit in Johannesburg."
        << "Chile;Peru";
    // s11events2: the sidelines of a gathering that no gathering word names
    QTest::newRow("the city of the gathering on whose sidelines a delegation was met hosts no party")
        << "Peruvian President Ana Quispe met the Chilean delegation on the sidelines of the UN General "
           "Assembly in New York."
        << "Chile;Peru";
    QTest::newRow("twin: the city where a delegation was met hosts it")
        << "Peruvian President Ana Quispe met the Chilean delegation in New York." << "Chile;Peru;United States";
    QTest::newRow("the city where two people meet is no party")
        << "Peruvian President Ana Quispe and Chilean President Tomas Reyes held talks in Johannesburg."
        << "Chile;Peru";
    QTest::newRow("twin: the city stands in for the party no one names")
        << "Peruvian President Ana Quispe held talks in Johannesburg." << "Peru;South Africa";
    QTest::newRow("twin: a government's building says who hosted")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes at the Kremlin."
        << "Chile;Peru;Russia";
    QTest::newRow("twin: a visit's state is where the visitor went")
        << "Peruvian President Ana Quispe, who is in Colombia for an official visit at the invitation of "
           "Chilean President Tomas Reyes, arrived on Monday."
        << "Chile;Colombia;Peru";
    QTest::newRow("a state after a city's comma says where the city is")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes in Cartagena, Colombia, at the "
           "APEC summit."
        << "Chile;Peru";
    QTest::newRow("twin: a city with its state after a comma is no party either")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes in Cartagena, Colombia."
        << "Chile;Peru";
    QTest::newRow("a state represented by an official attends the summit")
        << "Peruvian President Ana Quispe hosted the regional summit in Lima on Monday. Chilean President "
           "Tomas Reyes attended the summit. Bolivia was represented by a senior official."
        << "Bolivia;Chile;Peru";
    QTest::newRow("twin: a body represented by an official is no state")
        << "Peruvian President Ana Quispe hosted the regional summit in Lima on Monday. Chilean President "
           "Tomas Reyes attended the summit. The secretariat was represented by a senior official."
        << "Chile;Peru";
    QTest::newRow("the leaders of the bloc, including A and B: their states take part")
        << "The summit, chaired by Peruvian President Ana Quispe, was attended by the leaders of the bloc, "
           "including Chilean President Tomas Reyes and Ecuadorian President Luis Mora."
        << "Chile;Ecuador;Peru";
    QTest::newRow("twin: issues including a plan of B are a topic")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes on Monday to discuss several "
           "issues, including a plan put forward by Ecuadorian President Luis Mora."
        << "Chile;Peru";
    QTest::newRow("a state after a topic word is what was talked about")
        << "Peruvian President Ana Quispe and Chilean President Tomas Reyes agreed to coordinate on Bolivia, as "
           "the two leaders held talks."
        << "Chile;Peru";
    QTest::newRow("a state after 'the situation in' is a topic")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes and the situation in Bolivia was raised."
        << "Chile;Peru";
    // session 13, affil2: a counterpart described, then the topic ("her Indonesian counterpart the
    // situation in Myanmar")
    QTest::newRow("a state after 'the situation in', past a described counterpart, is a topic")
        << "Peruvian Foreign Minister Ana Quispe held talks with Chilean Foreign Minister Tomas Reyes in Lima. "
           "Quispe said she had also discussed with her Chilean counterpart the situation in Bolivia."
        << "Chile;Peru";
    QTest::newRow("twin: a state discussed with, past a described counterpart, is a party")
        << "Peruvian Foreign Minister Ana Quispe held talks with Chilean Foreign Minister Tomas Reyes in Lima. "
           "Quispe said she had also discussed with her Chilean counterpart and Bolivian Foreign Minister "
           "Celinda Sosa the situation in the Andes."
        << "Bolivia;Chile;Peru";
    QTest::newRow("twin: a state after 'between' is a party")
        << "Talks between Peru, Chile and Bolivia were held on Monday." << "Bolivia;Chile;Peru";
    QTest::newRow("twin: a state named as a party after a comma")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes, Colombia and Ecuador."
        << "Chile;Colombia;Ecuador;Peru";
    // s8place: a meeting noun after a topic phrase is what was talked about
    QTest::newRow("talks between two states after 'views on' are a topic")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes on Monday. The two leaders "
           "exchanged views on the state of the negotiations between Bolivia and Ecuador."
        << "Chile;Peru";
    QTest::newRow("twin: talks between the states, told as held, take part")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes on Monday. Later, talks between "
           "Peru, Chile and Bolivia were held in Lima."
        << "Bolivia;Chile;Peru";
    QTest::newRow("a meeting whose preparations were discussed is a topic")
        << "Peruvian Foreign Minister Ana Quispe had a phone call with Chilean Foreign Minister Tomas Reyes, "
           "during which they discussed preparations for a trilateral Peru-Chile-Bolivia meeting."
        << "Chile;Peru";
    QTest::newRow("twin: a trilateral meeting that followed takes part")
        << "Peruvian Foreign Minister Ana Quispe had a phone call with Chilean Foreign Minister Tomas Reyes, "
           "and a trilateral Peru-Chile-Bolivia meeting followed."
        << "Bolivia;Chile;Peru";
    // s9states: an official placed in a state only by default is moved to another state the
    // article names only when a meeting of his needs another side
    QTest::newRow("a default official in a meeting of both sides keeps the default")
        << "Lima, May 5 (Andina) - Vice President Ana Quispe received Chilean President Tomas Reyes at the "
           "palace on Monday. Peruvian Foreign Minister Luis Prado attended the talks. Quispe said Peru and "
           "Chile faced the same threats from Bolivia as Peru had faced for years."
        << "Chile;Peru";
    QTest::newRow("twin: a default official whose meeting has only the default's people is the other side")
        << "Foreign Minister Luis Prado and his Chilean counterpart Tomas Reyes held talks in Lima on "
           "Thursday. The ministers met at the palace, where they were also received by Prime Minister Ana "
           "Quispe. Reyes said Chile would back the bid of Peru for the summit."
        << "Chile;Peru";
    QTest::newRow("a default official who also met the other state's people keeps the default")
        << "Lima, May 5 (Andina) - Deputy Minister Ana Quispe received Chilean Foreign Minister Tomas Reyes "
           "at the airport. Quispe later met Peruvian Trade Minister Luis Prado. Reyes said Peru and Chile "
           "faced the same threats from Bolivia as Peru had faced for years."
        << "Chile;Peru";
    // s9states: once the partner is named, a topic word makes a later meeting word what was
    // talked about, not part of the event
    QTest::newRow("talks named after 'about' and the partner are a topic")
        << "Peruvian Foreign Minister Ana Quispe spoke with Chilean Foreign Minister Tomas Reyes about the talks "
           "between Brazil and Bolivia."
        << "Chile;Peru";
    QTest::newRow("peace talks brokered by a state, after 'about', are a topic")
        << "Peruvian Foreign Minister Ana Quispe spoke by phone with Chilean Foreign Minister Tomas Reyes about "
           "the peace talks brokered by Brazil."
        << "Chile;Peru";
    QTest::newRow("twin: a summit the talks were held during takes part")
        << "Peruvian Foreign Minister Ana Quispe held talks with Chilean Foreign Minister Tomas Reyes during the "
           "summit of Peru, Chile and Brazil."
        << "Brazil;Chile;Peru";
    // s9states: states joined by hyphens name what a noun is of, not who met
    QTest::newRow("states joined by hyphens before a railway are a topic")
        << "Peruvian Foreign Minister Ana Quispe met Chilean Foreign Minister Tomas Reyes and reviewed progress "
           "on the Peru-Bolivia-Brazil railway."
        << "Chile;Peru";
    QTest::newRow("twin: the meeting of their strategic dialogue has them as parties")
        << "Peruvian Foreign Minister Ana Quispe chaired the third meeting of the Peru-Bolivia strategic "
           "dialogue in Lima."
        << "Bolivia;Peru";
    // session 12, states: the plural possessive of a gathering's name ("Leaders' Meeting") ends
    // no run of words, so "on the sidelines of" still reaches the gathering's noun
    QTest::newRow("sidelines of a gathering whose name holds a plural possessive: its host is no party")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes on the sidelines of the APEC "
           "Economic Leaders' Meeting in Cartagena, Colombia."
        << "Chile;Peru";
    QTest::newRow("twin: met after the gathering, its host takes part")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes after the APEC Economic Leaders' "
           "Meeting in Cartagena, Colombia."
        << "Chile;Colombia;Peru";
}

void TestMeetingPasses::states()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    Reading r(text, m_gazetteer->data(), m_lexicon);
    findMeetings(r.ctx);
    refineAffiliations(r.ctx); // as the extractor does: the meetings' states follow their people
    QVERIFY(!r.ctx.meetings.empty());
    QCOMPARE(r.stateNames(r.ctx.meetings.front().states), expected);
}

// The status of the last sentence's first trigger.
void TestMeetingPasses::status_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("will meet") << "Ana Quispe will meet Tomas Reyes in Lima." << "planned";
    QTest::newRow("twin: met") << "Ana Quispe met Tomas Reyes in Lima." << "held";
    QTest::newRow("refused to meet") << "Ana Quispe refused to meet Tomas Reyes." << "denied";
    QTest::newRow("twin: went on to meet") << "Ana Quispe then went on and met Tomas Reyes." << "held";
    QTest::newRow("cancelled") << "Her meeting with Tomas Reyes was cancelled." << "cancelled";
    QTest::newRow("twin: was long") << "Her meeting with Tomas Reyes was long." << "held";
    QTest::newRow("did not meet") << "Ana Quispe did not meet Tomas Reyes." << "denied";
    QTest::newRow("negation does not cross although")
        << "Ana Quispe and Tomas Reyes have not met in person since 2022, although they spoke by "
           "telephone in November." << "denied";
    QTest::newRow("did not speak to by telephone") << "Ana Quispe did not speak to Tomas Reyes by telephone."
                                                   << "denied";
    QTest::newRow("twin: did meet") << "Ana Quispe did meet Tomas Reyes." << "held";
    QTest::newRow("a noun with a modal after it")
        << "A meeting between Ana Quispe and Tomas Reyes could ease tensions." << "planned";
    QTest::newRow("twin: a noun with a past verb after it")
        << "A meeting between Ana Quispe and Tomas Reyes eased tensions." << "held";
    QTest::newRow("scheduled to travel for talks")
        << "Ana Quispe is scheduled to travel to Santiago for talks with Tomas Reyes." << "planned";
    QTest::newRow("twin: travelled for talks")
        << "Ana Quispe travelled to Santiago for talks with Tomas Reyes." << "held";
    QTest::newRow("could meet") << "Ana Quispe could meet Tomas Reyes next month." << "planned";
    QTest::newRow("twin: could not stay, met") << "Ana Quispe, who could not stay long, met Tomas Reyes." << "held";
    QTest::newRow("hoped to meet") << "Ana Quispe said she hoped to meet Tomas Reyes." << "planned";
    QTest::newRow("twin: met, hoping") << "Ana Quispe met Tomas Reyes, hoping for progress." << "held";
    QTest::newRow("open to meeting") << "Ana Quispe said she was open to meeting Tomas Reyes." << "planned";
    QTest::newRow("twin: opened the meeting")
        << "Ana Quispe opened the meeting with Tomas Reyes in Lima." << "held";
    QTest::newRow("a proposal") << "Ana Quispe suggested talks with Tomas Reyes." << "planned";
    QTest::newRow("twin: talks held") << "Ana Quispe held talks with Tomas Reyes." << "held";
    QTest::newRow("invited someone to visit") << "Ana Quispe invited Tomas Reyes to visit Lima." << "planned";
    QTest::newRow("an invitation from someone to visit")
        << "Ana Quispe accepted an invitation from Tomas Reyes to visit Santiago." << "planned";
    QTest::newRow("invited to a regional meeting") << "Ana Quispe invited Tomas Reyes to a regional meeting in Lima."
                                                   << "planned";
    QTest::newRow("a meeting to be held") << "A meeting between Ana Quispe and Tomas Reyes is to be held in Lima."
                                          << "planned";
    QTest::newRow("due to be received") << "Ana Quispe had been due to be received by Tomas Reyes." << "planned";
    QTest::newRow("twin: was received") << "Ana Quispe was received by Tomas Reyes." << "held";
    QTest::newRow("purpose several words before the noun")
        << "Ana Quispe is set to travel to Lima for a fifth round of talks with Tomas Reyes." << "planned";
    QTest::newRow("twin: offered a dinner in honour of") << "Ana Quispe offered a dinner in honour of Tomas Reyes."
                                                        << "held";
    QTest::newRow("a noun subject called off past a clause")
        << "Talks between Ana Quispe and Tomas Reyes, planned for Monday, were called off." << "cancelled";
    QTest::newRow("twin: a noun subject held past a clause of its postponement")
        << "Talks between Ana Quispe and Tomas Reyes, postponed in May, were held on Monday." << "held";
    QTest::newRow("a planned noun that did not take place")
        << "The planned meeting between Ana Quispe and Tomas Reyes did not take place." << "cancelled";
    QTest::newRow("twin: a planned noun that took place")
        << "The planned meeting between Ana Quispe and Tomas Reyes took place on Monday." << "held";
    QTest::newRow("twin: a noun that will take place")
        << "The meeting between Ana Quispe and Tomas Reyes will take place on Monday." << "planned";
    QTest::newRow("reports of a noun, untrue") << "Reports of a meeting between Ana Quispe and Tomas Reyes were untrue."
                                              << "denied";
    QTest::newRow("twin: a coordinated predicate is the subject's")
        << "Ana Quispe arrived for talks with Tomas Reyes, and was not received by the press." << "held";
    QTest::newRow("twin: at the invitation of someone")
        << "Ana Quispe travelled to Santiago at the invitation of Tomas Reyes to hold talks." << "held";
    // session 29, parties29: a negated attendee cue that takes the meeting noun
    QTest::newRow("did not take part in the meeting") << "Ana Quispe did not take part in the meeting." << "denied";
    QTest::newRow("twin: took part in the meeting") << "Ana Quispe took part in the meeting." << "held";
    QTest::newRow("had not taken part in the talks") << "Ana Quispe had not taken part in the talks." << "denied";
    QTest::newRow("twin: had taken part in the talks") << "Ana Quispe had taken part in the talks." << "held";
}

void TestMeetingPasses::status()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Reading r(text, m_gazetteer->data(), m_lexicon);
    const SentenceInfo& s = r.last();
    const std::vector<Trigger> triggers = findTriggers(m_lexicon, s);
    QVERIFY(!triggers.empty());
    const std::vector<Clause> cls = clauses(m_lexicon, s, r.refsOf(s));
    const TriggerScope scope = scopeOf(m_lexicon, s, triggers, 0, cls);
    QCOMPARE(predicateStatus(m_lexicon, s, triggers, 0, cls, statusOf(m_lexicon, s, triggers.front(), scope.clause)),
             expected);
}

// Place and date of the last sentence's first trigger: placeOf and dateOf ("" for none).
void TestMeetingPasses::placeAndTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("venue");
    QTest::addColumn<QString>("when");

    QTest::newRow("venue gives its city, weekday")
        << "Ana Quispe met Tomas Reyes at the Kremlin on Tuesday." << "Moscow" << "Kremlin" << "Tuesday";
    QTest::newRow("twin: no place, no day") << "Ana Quispe met Tomas Reyes." << "" << "" << "";
    QTest::newRow("city in the clause") << "In Lima, Ana Quispe met Tomas Reyes on March 3." << "Lima" << ""
                                        << "March 3";
    QTest::newRow("twin: a city in the topic is still a place, a state is not")
        << "Ana Quispe met Tomas Reyes to discuss the war in Sudan." << "" << "" << "";
    QTest::newRow("date before the trigger") << "Later Tuesday, Ana Quispe met Tomas Reyes." << "" << ""
                                             << "Later Tuesday";
    QTest::newRow("twin: a date of another event") << "Ana Quispe met Tomas Reyes after the March 3 election."
                                                   << "" << "" << "";
    QTest::newRow("a date inside a since-phrase is another event's")
        << "Ana Quispe met Tomas Reyes in their first meeting since the election in August." << "" << "" << "";
    QTest::newRow("twin: the meeting's own date before the since-phrase")
        << "Ana Quispe met Tomas Reyes in August, their first meeting since the election." << "" << "" << "in August";
    QTest::newRow("an airport gives its city")
        << "Ana Quispe was welcomed at Orly airport by Tomas Reyes." << "Paris" << "Orly" << "";
    QTest::newRow("a city in a venue's name")
        << "Ana Quispe met Tomas Reyes at a Jakarta hotel." << "Jakarta" << "Jakarta hotel" << "";
    QTest::newRow("twin: a venue with no city") << "Ana Quispe met Tomas Reyes at a hotel." << "" << "" << "";
    QTest::newRow("a city the gazetteer also lists as a seat")
        << "Ana Quispe met Tomas Reyes in Putrajaya." << "Putrajaya" << "" << "";
    QTest::newRow("the capital named after it")
        << "Ana Quispe met Tomas Reyes in the administrative capital Putrajaya." << "Putrajaya" << "" << "";
    QTest::newRow("a city whose name starts with the article")
        << "Ana Quispe met Tomas Reyes in The Hague." << "The Hague" << "" << "";
    QTest::newRow("a longer name than a generic venue's is another building")
        << "Ana Quispe met Tomas Reyes at the National Palace of Culture." << "" << "National Palace of Culture"
        << "";
    QTest::newRow("here: the dateline's city")
        << "KUALA LUMPUR, May 5 (Bernama) - Ana Quispe met Tomas Reyes at Dataran Merdeka here." << "Kuala Lumpur"
        << "Dataran Merdeka" << "";
    QTest::newRow("a month is no place") << "Ana Quispe met Tomas Reyes in May." << "" << "" << "in May";
    QTest::newRow("twin: a city before the month")
        << "Ana Quispe met Tomas Reyes in Lima in May." << "Lima" << "" << "in May";
    QTest::newRow("welcomed to a building the lexicon knows")
        << "Ana Quispe welcomed Tomas Reyes to the Casa Rosada." << "Buenos Aires" << "Casa Rosada" << "";
    QTest::newRow("twin: welcomed to a thing is no place")
        << "Ana Quispe welcomed Tomas Reyes to the Summit of the Future." << "" << "" << "";
    QTest::newRow("the Vatican is in its own city")
        << "Ana Quispe met Tomas Reyes at the Vatican." << "Vatican City" << "Vatican" << "";
    QTest::newRow("twin: no dateline, here places nothing")
        << "Ana Quispe met Tomas Reyes here." << "" << "" << "";
    // an "in" joined by hyphens is inside a compound word (session 29, place29)
    QTest::newRow("a hyphened in is no place")
        << "Commander-in-Chief Ana Quispe received Tomas Reyes on Tuesday." << "" << "" << "Tuesday";
    QTest::newRow("twin: the place after the compound")
        << "Commander-in-Chief Ana Quispe received Tomas Reyes in Port Sudan on Tuesday." << "Port Sudan" << ""
        << "Tuesday";
    // a landmark the lexicon places, after a near-word, is in its city (session 29, place29)
    QTest::newRow("a building near a landmark") << "Ana Quispe met Tomas Reyes at Blair House near the White House."
                                                << "Washington" << "Blair House" << "";
    QTest::newRow("the ministry near a landmark") << "Ana Quispe met Tomas Reyes at the ministry near the Kremlin."
                                                  << "Moscow" << "ministry" << "";
    QTest::newRow("twin: near a landmark no dictionary places")
        << "Ana Quispe met Tomas Reyes at the ministry near the old mill." << "" << "ministry" << "";
    // a department's building is a venue, as a ministry's (session 29, place29)
    QTest::newRow("a department's building") << "Ana Quispe met Tomas Reyes at the Department of Agriculture."
                                             << "" << "Department of Agriculture" << "";
    QTest::newRow("twin: a department's request is no building")
        << "Ana Quispe met Tomas Reyes at the request of the Department of Agriculture." << "" << "" << "";
    // a street after a building's comma is its address, no town (session 29, place29)
    QTest::newRow("a street after the building is no town")
        << "Ana Quispe met Tomas Reyes at Government Headquarters, Bay Street, where they discussed rice." << ""
        << "Government Headquarters" << "";
    QTest::newRow("twin: a town after the building")
        << "Ana Quispe met Tomas Reyes at State Lodge, Kakamega, where they discussed rice." << "Kakamega"
        << "State Lodge" << "";
}

void TestMeetingPasses::placeAndTime()
{
    QFETCH(QString, text);
    QFETCH(QString, place);
    QFETCH(QString, venue);
    QFETCH(QString, when);
    const Reading r(text, m_gazetteer->data(), m_lexicon);
    const std::optional<FirstPlace> first = firstTriggerPlace(r, m_lexicon);
    QVERIFY(first.has_value());
    const MeetingPlace& where = first->where;
    QCOMPARE(where.city, place);
    QCOMPARE(where.venue, venue);
    const DateExpression d = dateOf(r.ctx, r.last(), first->trigger, first->scope, false);
    QCOMPARE(d.valid() ? d.text : QString(), when);
}

// host: the state the place of the last sentence's first trigger makes a party ("" for none).
void TestMeetingPasses::hostOfPlace_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");

    QTest::newRow("a side meeting's city, told after the verb, hosts no party")
        << "Peruvian President Ana Quispe held talks on the sidelines of the General Assembly in New York."
        << "";
    QTest::newRow("a side meeting's city, told before the verb, hosts no party")
        << "On the sidelines of the summit in Rio, Peruvian President Ana Quispe held talks." << "";
    QTest::newRow("twin: a city with no gathering stands in for the missing party")
        << "Peruvian President Ana Quispe held talks in New York." << "United States";
}

void TestMeetingPasses::hostOfPlace()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    const Reading r(text, m_gazetteer->data(), m_lexicon);
    const std::optional<FirstPlace> first = firstTriggerPlace(r, m_lexicon);
    QVERIFY(first.has_value());
    const MeetingPlace& where = first->where;
    QCOMPARE(where.host >= 0 ? r.stateNames({where.host}) : QString(), host);
}

// The whole driver on a few sentences: one line per meeting, "surnames/status/mode/place".
void TestMeetingPasses::merging_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    // session 22, attend15: a readout's attendee block, one person a line after a line that
    // ends in a colon, grouped under state or side headings, joins the meeting told; the lines
    // end before the running text after them
    QTest::newRow("readout block: joined by, under state headings")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes at the Government "
           "Palace in Lima on "
           "Monday.\nPresident Quispe and President Reyes were joined by:\nPeru\nForeign Minister "
           "Luis Prado\n"
           "Defence Minister Carmen Rojas\nChile\nForeign Minister Alberto van Klaveren\nFollowing "
           "the meeting, "
           "Prado hosted van Klaveren for a working lunch at the ministry."
        << "Klaveren;Prado;Quispe;Reyes;Rojas/held/in person/Lima | Klaveren;Prado/held/in "
           "person/Lima";
    QTest::newRow("readout block: also in attendance")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes at the Government "
           "Palace in Lima on "
           "Monday.\nAlso in attendance:\nForeign Minister Luis Prado\nChilean Foreign Minister "
           "Alberto van "
           "Klaveren\nThe two leaders signed a trade accord after the talks."
        << "Klaveren;Prado;Quispe;Reyes/held/in person/Lima";
    QTest::newRow("readout block: side headings")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes at the Government "
           "Palace in Lima on "
           "Monday.\nThe Peruvian delegation:\nForeign Minister Luis Prado\nDefence Minister "
           "Carmen Rojas\nThe "
           "Chilean side:\nForeign Minister Alberto van Klaveren\nThe two leaders signed a trade "
           "accord after the talks."
        << "Klaveren;Prado;Quispe;Reyes;Rojas/held/in person/Lima";
    QTest::newRow("twin: a block of the planned meeting")
        << "Peruvian President Ana Quispe will meet Chilean President Tomas Reyes at the "
           "Government Palace in Lima "
           "on Monday.\nThey will be joined by:\nForeign Minister Luis Prado\nChilean Foreign "
           "Minister Alberto van "
           "Klaveren\nThe two leaders are expected to sign a trade accord."
        << "Klaveren;Prado;Quispe;Reyes/planned/in person/Lima";
    QTest::newRow("twin: a block of topics, then one who briefed")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes at the Government "
           "Palace in Lima on "
           "Monday.\nTopics discussed:\nTrade and investment\nBorder security\nForeign Minister "
           "Luis Prado later "
           "briefed reporters on the talks in Lima."
        << "Quispe;Reyes/held/in person/Lima";
    QTest::newRow("twin: a block of guests at another event")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes at the Government "
           "Palace in Lima on "
           "Monday.\nGuests at the evening concert:\nForeign Minister Luis Prado\nChilean Foreign "
           "Minister Alberto "
           "van Klaveren\nThe two leaders signed a trade accord after the talks."
        << "Quispe;Reyes/held/in person/Lima";
    QTest::newRow("one event in three sentences")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes in Lima on Monday. The talks "
           "focused on trade. Quispe was accompanied by Foreign Minister Luis Prado."
        << "Prado;Quispe;Reyes/held/in person/Lima";
    QTest::newRow("twin: a call, then a visit, stay apart")
        << "Peruvian President Ana Quispe spoke by phone with Chilean President Tomas Reyes on Monday. "
           "On Friday, Quispe met Reyes in Santiago."
        << "Quispe;Reyes/held/phone/ | Quispe;Reyes/held/in person/Santiago";
    QTest::newRow("the place of the last event, told after it")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes on Monday. The event took "
           "place at the Government Palace in Lima."
        << "Quispe;Reyes/held/in person/Lima";
    QTest::newRow("twin: a call has no place")
        << "Peruvian President Ana Quispe spoke by phone with Chilean President Tomas Reyes from Lima."
        << "Quispe;Reyes/held/phone/";
    QTest::newRow("two days, two meetings")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes on Monday. Quispe met Reyes "
           "again on Thursday."
        << "Quispe;Reyes/held/in person/ | Quispe;Reyes/held/in person/";
    QTest::newRow("twin: the same day, one meeting")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes on Monday. Quispe met Reyes "
           "for two hours on Monday."
        << "Quispe;Reyes/held/in person/";
    // s11events2: "The first was held in X" after a summit told: an earlier summit of its
    // states, its noun left out, that no later mention joins
    QTest::newRow("the first, its noun left out, is an earlier event in its own place")
        << "Peruvian President Ana Quispe hosted Chilean President Tomas Reyes at a summit in Lima on Monday. "
           "It was the second Peru-Chile summit. The first was held in Santiago in 2024. The summit ended "
           "with a joint statement."
        << "/held/in person/Santiago | Quispe;Reyes/held/in person/Lima";
    QTest::newRow("twin: the first with no place cue tells no event")
        << "Peruvian President Ana Quispe hosted Chilean President Tomas Reyes at a summit in Lima on Monday. "
           "It was the second Peru-Chile summit. The first was a success."
        << "Quispe;Reyes/held/in person/Lima";
    QTest::newRow("a lone party is dropped")
        << "Peruvian President Ana Quispe held talks on Monday." << "";
    QTest::newRow("who presents during the meeting takes part")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes on Monday. Peruvian Foreign "
           "Minister Luis Prado presented a report during the meeting."
        << "Prado;Quispe;Reyes/held/in person/";
    QTest::newRow("twin: who criticises the meeting does not")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes on Monday. Bolivian Foreign "
           "Minister Luis Prado criticised the meeting in a statement."
        << "Quispe;Reyes/held/in person/";
    QTest::newRow("a call held, the visit agreed in it planned")
        << "Peruvian President Ana Quispe accepted an invitation to visit Santiago extended by Chilean "
           "President Tomas Reyes during a brief phone call on Sunday."
        << "Quispe;Reyes/planned/in person/ | Quispe;Reyes/held/phone/";
    QTest::newRow("a visit to a state that names no city: its capital")
        << "Peruvian President Ana Quispe is in Chile for an official visit. She held talks with Chilean "
           "President Tomas Reyes on Tuesday."
        << "Quispe;Reyes/held/in person/Santiago";
    QTest::newRow("twin: in the state for something else")
        << "Peruvian President Ana Quispe is in Chile for a conference on climate. She held talks with "
           "Chilean President Tomas Reyes on Tuesday."
        << "Quispe;Reyes/held/in person/";
    QTest::newRow("twin: the city named later wins")
        << "Peruvian President Ana Quispe is in Chile for an official visit. She held talks with Chilean "
           "President Tomas Reyes in Valparaiso on Tuesday."
        << "Quispe;Reyes/held/in person/Valparaiso";
    QTest::newRow("an arrival places the reception after it")
        << "Peruvian President Ana Quispe arrived in Santiago on Monday. She was received at the airport "
           "by Chilean Foreign Minister Tomas Reyes."
        << "Quispe;Reyes/held/in person/Santiago";
    QTest::newRow("twin: an arrival places no event of others")
        << "Peruvian President Ana Quispe arrived in Santiago on Monday. Chilean Foreign Minister Tomas "
           "Reyes was received at the airport by Bolivian Foreign Minister Luis Prado."
        << "Prado;Reyes/held/in person/";
    QTest::newRow("twin: a planned arrival places nothing")
        << "Peruvian President Ana Quispe is to arrive in Santiago on Monday. She was received by Chilean "
           "Foreign Minister Tomas Reyes in the past."
        << "Quispe;Reyes/held/in person/";
    QTest::newRow("joined at the talks by: one more participant")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes on Monday. Quispe was joined at "
           "the talks by Peruvian Foreign Minister Luis Prado."
        << "Prado;Quispe;Reyes/held/in person/";
    QTest::newRow("twin: a lone caller joined later")
        << "Peruvian President Ana Quispe spoke by video conference with allies on Monday. Joining her "
           "on the call was Chilean President Tomas Reyes."
        << "Quispe;Reyes/held/video/";
    QTest::newRow("pluperfect: had spoken by phone with, an earlier call held")
        << "Peruvian President Ana Quispe had spoken by phone with Chilean President Tomas Reyes on Sunday."
        << "Quispe;Reyes/held/phone/";
    QTest::newRow("pluperfect: had spoken to by phone")
        << "Peruvian President Ana Quispe had spoken to Chilean President Tomas Reyes by phone in May."
        << "Quispe;Reyes/held/phone/";
    QTest::newRow("twin: had hoped to speak with is not held")
        << "Peruvian President Ana Quispe had hoped to speak with Chilean President Tomas Reyes."
        << "Quispe;Reyes/planned/phone/";
    QTest::newRow("twin: had been due to meet is not held")
        << "Peruvian President Ana Quispe had been due to meet Chilean President Tomas Reyes."
        << "Quispe;Reyes/planned/in person/";
    QTest::newRow("twin: has not spoken to is denied")
        << "Peruvian President Ana Quispe has not spoken to Chilean President Tomas Reyes since May."
        << "Quispe;Reyes/denied/phone/";
    QTest::newRow("an earlier call by phone is not the visit told before it")
        << "Chilean President Tomas Reyes hosted Peruvian President Ana Quispe to a state banquet. Reyes "
           "had spoken to Quispe by phone in May, the ministry said."
        << "Quispe;Reyes/held/in person/ | Quispe;Reyes/held/phone/";
    QTest::newRow("twin: spoke with, no mode said, at the visit")
        << "Chilean President Tomas Reyes hosted Peruvian President Ana Quispe at a state banquet on Tuesday. "
           "Reyes spoke with Quispe about trade."
        << "Quispe;Reyes/held/in person/";
    QTest::newRow("who is said to hope is no party of the call")
        << "Chilean President Tomas Reyes met Peruvian President Ana Quispe in Lima on Friday. Reyes spoke by "
           "phone with Bolivian President Luis Prado on Sunday and said he hoped for a solution."
        << "Quispe;Reyes/held/in person/Lima | Prado;Reyes/held/phone/";
    QTest::newRow("twin: said he hoped to meet, a planned meeting")
        << "Chilean President Tomas Reyes met Peruvian President Ana Quispe in Lima on Friday. Reyes said he "
           "hoped to meet Bolivian President Luis Prado soon."
        << "Quispe;Reyes/held/in person/Lima | Prado;Reyes/planned/in person/";
    QTest::newRow("not met, although they spoke by telephone: the call is held")
        << "Chilean President Tomas Reyes and Peruvian President Ana Quispe have not met in person since "
           "2022, although they spoke by telephone in November."
        << "Quispe;Reyes/denied/in person/ | Quispe;Reyes/held/phone/";
    QTest::newRow("not met but spoke by phone: two events, not one expression")
        << "Chilean President Tomas Reyes and Peruvian President Ana Quispe have not met but spoke by phone."
        << "Quispe;Reyes/denied/in person/ | Quispe;Reyes/held/phone/";
    QTest::newRow("did not meet B, but spoke with C: C's call has A, not B")
        << "Chilean President Tomas Reyes did not meet Peruvian President Ana Quispe in person, but spoke "
           "with Bolivian President Luis Prado by phone."
        << "Quispe;Reyes/denied/in person/ | Prado;Reyes/held/phone/";
    QTest::newRow("twin: did not speak to by telephone stays denied")
        << "Chilean President Tomas Reyes did not speak to Peruvian President Ana Quispe by telephone."
        << "Quispe;Reyes/denied/phone/";
    QTest::newRow("held separate talks with B and with C: two bilateral meetings")
        << "Chilean President Tomas Reyes held separate talks with Peruvian President Ana Quispe and with "
           "Bolivian President Luis Prado."
        << "Quispe;Reyes/held/in person/ | Prado;Reyes/held/in person/";
    QTest::newRow("met B and C separately on Monday: two bilateral meetings")
        << "Chilean President Tomas Reyes met Peruvian President Ana Quispe and Bolivian President Luis Prado "
           "separately on Monday."
        << "Quispe;Reyes/held/in person/ | Prado;Reyes/held/in person/";
    QTest::newRow("in separate meetings, A met B and C: two bilateral meetings")
        << "In separate meetings, Chilean President Tomas Reyes met Peruvian President Ana Quispe and "
           "Bolivian President Luis Prado."
        << "Quispe;Reyes/held/in person/ | Prado;Reyes/held/in person/";
    QTest::newRow("twin: held talks with B and C is one meeting")
        << "Chilean President Tomas Reyes held talks with Peruvian President Ana Quispe and Bolivian "
           "President Luis Prado."
        << "Prado;Quispe;Reyes/held/in person/";
    QTest::newRow("twin: a split cue in the next sentence splits nothing")
        << "Chilean President Tomas Reyes met Peruvian President Ana Quispe and Bolivian President Luis Prado. "
           "Separately, he signed a decree."
        << "Prado;Quispe;Reyes/held/in person/";
    QTest::newRow("last met elsewhere: an earlier meeting, not today's place")
        << "Chilean President Tomas Reyes held talks with Peruvian President Ana Quispe. The two leaders last "
           "met on the sidelines of the APEC summit in Lima."
        << "Quispe;Reyes/held/in person/ | Quispe;Reyes/held/in person/Lima";
    QTest::newRow("last met in November in Lima after today's talks in Seoul")
        << "Chilean President Tomas Reyes held talks with Peruvian President Ana Quispe in Seoul on Tuesday. "
           "The two leaders last met in November on the sidelines of the APEC summit in Lima."
        << "Quispe;Reyes/held/in person/Seoul | Quispe;Reyes/held/in person/Lima";
    QTest::newRow("twin: the two leaders met, no earlier time: the same event")
        << "Chilean President Tomas Reyes held talks with Peruvian President Ana Quispe. The two leaders met "
           "at the Government Palace in Lima."
        << "Quispe;Reyes/held/in person/Lima";
    QTest::newRow("a bilateral after a three-way meeting is its own meeting")
        << "Chilean President Tomas Reyes met Peruvian President Ana Quispe and Bolivian President Luis Prado "
           "in Lima on Monday. Reyes then held a bilateral meeting with Quispe."
        << "Prado;Quispe;Reyes/held/in person/Lima | Quispe;Reyes/held/in person/Lima";
    QTest::newRow("twin: the meeting told again joins the three-way one")
        << "Chilean President Tomas Reyes met Peruvian President Ana Quispe and Bolivian President Luis Prado "
           "in Lima on Monday. Reyes said the meeting with Quispe and Prado went well."
        << "Prado;Quispe;Reyes/held/in person/Lima";
    QTest::newRow("a noun naming one person of a known visit joins it")
        << "Chilean President Tomas Reyes hosted Peruvian President Ana Quispe in Santiago on Friday. "
           "Quispe's visit to Santiago was her first since the election."
        << "Quispe;Reyes/held/in person/Santiago";
    QTest::newRow("twin: a visit elsewhere by one person is no leftover")
        << "Chilean President Tomas Reyes hosted Peruvian President Ana Quispe in Santiago on Friday. "
           "On Saturday Quispe met Paraguayan President Luis Prado in Asuncion."
        << "Quispe;Reyes/held/in person/Santiago | Prado;Quispe/held/in person/Asuncion";
    QTest::newRow("joined A at the lunch: A's meeting, not the last")
        << "Chilean President Tomas Reyes hosted Peruvian President Ana Quispe for lunch in Santiago on Friday. "
           "Quispe also met Chilean Interior Minister Luis Prado at a dinner in the evening. "
           "Foreign Minister Jorge Soto joined Reyes at the lunch."
        << "Quispe;Reyes;Soto/held/in person/Santiago | Prado;Quispe/held/in person/Santiago";
    QTest::newRow("the visitor's other meeting of the day: the visit's city")
        << "Chilean President Tomas Reyes held talks with Peruvian President Ana Quispe in Lima on Tuesday. "
           "Reyes also met Peruvian Defence Minister Luis Prado later in the day."
        << "Quispe;Reyes/held/in person/Lima | Prado;Reyes/held/in person/Lima";
    QTest::newRow("twin: the visitor's earlier meeting keeps no place")
        << "Chilean President Tomas Reyes held talks with Peruvian President Ana Quispe in Lima on Tuesday. "
           "Reyes had met Peruvian Defence Minister Luis Prado in February."
        << "Quispe;Reyes/held/in person/Lima | Prado;Reyes/held/in person/";
    QTest::newRow("twin: a call of the day has no place")
        << "Chilean President Tomas Reyes held talks with Peruvian President Ana Quispe in Lima on Tuesday. "
           "Reyes also spoke by phone with Bolivian President Luis Prado."
        << "Quispe;Reyes/held/in person/Lima | Prado;Reyes/held/phone/";
    QTest::newRow("the dateline places the day's meeting though another has a place")
        << "LIMA, May 5 (Reuters) - Peruvian President Ana Quispe met Chilean President Tomas Reyes on Monday. "
           "Quispe had met Bolivian President Luis Prado in La Paz in March."
        << "Quispe;Reyes/held/in person/Lima | Prado;Quispe/held/in person/La Paz";
    QTest::newRow("twin: the dateline places no earlier meeting")
        << "LIMA, May 5 (Reuters) - Peruvian President Ana Quispe met Chilean President Tomas Reyes in Cusco on "
           "Monday. Quispe first met Bolivian President Luis Prado last year."
        << "Quispe;Reyes/held/in person/Cusco | Prado;Quispe/held/in person/";
    QTest::newRow("the place before the where that opens the clause")
        << "Peruvian President Ana Quispe arrived in Lima from a summit in Cartagena, where she met Chilean "
           "President Tomas Reyes."
        << "Quispe;Reyes/held/in person/Cartagena";
    QTest::newRow("twin: a where clause about something else places nothing")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes, where they discussed trade."
        << "Quispe;Reyes/held/in person/";
    QTest::newRow("a dateline on a line of its own")
        << "Defence chiefs meet\n\nLIMA\n\nPeruvian President Ana Quispe received Chilean President Tomas Reyes "
           "on Wednesday."
        << "Quispe;Reyes/held/in person/Lima";
    QTest::newRow("twin: a headline that starts with a city is no dateline")
        << "Lima talks end\n\nPeruvian President Ana Quispe received Chilean President Tomas Reyes on Wednesday."
        << "Quispe;Reyes/held/in person/";
    QTest::newRow("a mixed-case dateline with the agency in brackets")
        << "Lima (EFE) - Peruvian President Ana Quispe received Chilean President Tomas Reyes on Wednesday."
        << "Quispe;Reyes/held/in person/Lima";
    QTest::newRow("a city and a colon open the article")
        << "Abu Dhabi: Peruvian President Ana Quispe received Chilean President Tomas Reyes on Wednesday."
        << "Quispe;Reyes/held/in person/Abu Dhabi";
    QTest::newRow("twin: a city in brackets is no dateline without the dash")
        << "Lima (the capital) welcomed Peruvian President Ana Quispe, who received Chilean President Tomas "
           "Reyes on Wednesday."
        << "Quispe;Reyes/held/in person/";
    QTest::newRow("twin: a dateline's call has no place")
        << "Lima (EFE) - Peruvian President Ana Quispe spoke by phone with Chilean President Tomas Reyes on "
           "Wednesday."
        << "Quispe;Reyes/held/phone/";
    // s8place
    QTest::newRow("a headline's 'at' and a name no dictionary knows is a venue, not the city")
        << "Quispe and Reyes sign pact at Palacio\n\nPeruvian President Ana Quispe received Chilean President "
           "Tomas Reyes at Torre Tagle House in Lima on Wednesday."
        << "Quispe;Reyes/held/in person/Lima";
    QTest::newRow("twin: in the body, one bare word after 'at' is the place")
        << "Quispe and Reyes sign pact\n\nPeruvian President Ana Quispe received Chilean President Tomas "
           "Reyes at Chorrillos on Wednesday."
        << "Quispe;Reyes/held/in person/Chorrillos";
    // session 11, places
    QTest::newRow("a headline's title-case run after 'in' names no town")
        << "Quispe, Reyes Discuss Trade in First Lima Meeting\n\nLIMA, May 5 (Reuters) - Peruvian President Ana "
           "Quispe received Chilean President Tomas Reyes on Wednesday."
        << "Quispe;Reyes/held/in person/Lima";
    QTest::newRow("twin: in the body, a run of capitals after 'in' is the town")
        << "Quispe, Reyes Discuss Trade\n\nPeruvian President Ana Quispe received Chilean President Tomas Reyes "
           "in Puerto Maldonado on Wednesday."
        << "Quispe;Reyes/held/in person/Puerto Maldonado";
    QTest::newRow("a name no dictionary knows after the trigger, in what was discussed, is no town")
        << "LIMA, May 5 (Reuters) - Peruvian President Ana Quispe received Chilean President Tomas Reyes on "
           "Monday. The talks, which lasted two hours, were devoted mainly to the copper stocks frozen at Chancay."
        << "Quispe;Reyes/held/in person/Lima";
    QTest::newRow("twin: a name no dictionary knows before the trigger is the town")
        << "LIMA, May 5 (Reuters) - On his arrival at Chancay, Chilean President Tomas Reyes was welcomed by "
           "Peruvian President Ana Quispe."
        << "Quispe;Reyes/held/in person/Chancay";
    QTest::newRow("a district no dictionary knows before a known city: the city")
        << "Peruvian President Ana Quispe received Chilean President Tomas Reyes at the palace in Barranco, "
           "Lima, on Wednesday."
        << "Quispe;Reyes/held/in person/Lima";
    QTest::newRow("twin: a town before a region that is no city stays")
        << "Peruvian President Ana Quispe received Chilean President Tomas Reyes in Paracas, Ica, on Wednesday."
        << "Quispe;Reyes/held/in person/Paracas";
    QTest::newRow("flew into a known city: the place of the reception there")
        << "Chilean President Tomas Reyes flew into Mumbai on Thursday and was met at the airport by Peruvian "
           "President Ana Quispe."
        << "Quispe;Reyes/held/in person/Mumbai";
    QTest::newRow("twin: an inquiry into a state names no place")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes to discuss an inquiry into Bolivia."
        << "Quispe;Reyes/held/in person/";
    QTest::newRow("a town's name with a lower-case particle")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes in Foz do Iguaçu on Wednesday."
        << "Quispe;Reyes/held/in person/Foz do Iguaçu";
    QTest::newRow("twin: a lower-case word before a word that is no name ends the town")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes in Paracas do not forget."
        << "Quispe;Reyes/held/in person/Paracas";
    QTest::newRow("visited a city: the visit's place")
        << "Peruvian President Ana Quispe last visited Santiago in March 2024, when she met Chilean President "
           "Tomas Reyes."
        << "Quispe;Reyes/held/in person/Santiago";
    // (a list clause made of punctuation after a semicolon looped for ever: the token index was
    // advanced inside a short-circuited ||)
    QTest::newRow("stray punctuation after a semicolon in an attendee list ends")
        << "The talks were attended by Peruvian Minister Luis Prado; ; , and Chilean Minister Tomas Reyes."
        << "Prado;Reyes/held/in person/";
    QTest::newRow("twin: the list without the stray marks reads the same")
        << "The talks were attended by Peruvian Minister Luis Prado; and Chilean Minister Tomas Reyes."
        << "Prado;Reyes/held/in person/";
    // s13parties2: one person "later" with a host the article does not name is another event
    QTest::newRow("one person later with an unnamed host: its own event")
        << "Peruvian President Ana Quispe held talks with Chilean President Tomas Reyes in Lima on "
           "Monday. "
           "Reyes later had an audience with the King of Spain at the embassy."
        << "Quispe;Reyes/held/in person/Lima | Reyes/held/in person/Lima";
    QTest::newRow("twin: the same two people later, one event")
        << "Peruvian President Ana Quispe held talks with Chilean President Tomas Reyes in Lima on "
           "Monday. "
           "Quispe later hosted a dinner in honour of Reyes."
        << "Quispe;Reyes/held/in person/Lima";
    // s13parties2: "the delegation for the visit will include A and B", all of one side of the
    // planned visit: its members, not a meeting of their own
    QTest::newRow("a delegation of one side joins the planned visit")
        << "Peruvian President Ana Quispe will travel to Santiago next week for talks with Chilean "
           "President "
           "Tomas Reyes. The Peruvian delegation for the visit will include Foreign Minister Luis "
           "Prado and "
           "Trade Minister Rosa Vega."
        << "Prado;Quispe;Reyes;Vega/planned/in person/Santiago";
    QTest::newRow("twin: ministers of both sides to meet during the visit, a meeting of their own")
        << "Peruvian President Ana Quispe will travel to Santiago next week for talks with Chilean "
           "President "
           "Tomas Reyes. Peruvian Foreign Minister Luis Prado will meet Chilean Foreign Minister "
           "Rosa Vega "
           "during the visit."
        << "Quispe;Reyes/planned/in person/Santiago | Prado;Vega/planned/in person/";
    // session 29, parties29: who stayed away joins no meeting; a chair's meeting on its own day is
    // its own event
    QTest::newRow("did not take part in the meeting told")
        << "Peruvian Minister Ana Quispe held a meeting with Chilean Minister Tomas Reyes in Lima on Monday. "
           "Peruvian Minister Luis Prado did not take part in the meeting."
        << "Quispe;Reyes/held/in person/Lima";
    QTest::newRow("twin: took part in the meeting told")
        << "Peruvian Minister Ana Quispe held a meeting with Chilean Minister Tomas Reyes in Lima on Monday. "
           "Peruvian Minister Luis Prado also took part in the meeting."
        << "Prado;Quispe;Reyes/held/in person/Lima";
    QTest::newRow("a message which included an invitation: its sender no attendee")
        << "Peruvian President Ana Quispe received Chilean Minister Tomas Reyes in Lima on Monday. Reyes "
           "conveyed to Quispe a message from Chilean President Luis Prado, which included an invitation to visit "
           "Santiago."
        << "Quispe;Reyes/held/in person/Lima";
    QTest::newRow("twin: a delegation which included a minister")
        << "Peruvian President Ana Quispe received Chilean Minister Tomas Reyes in Lima on Monday. The Chilean "
           "delegation, which included a deputy foreign minister, Luis Prado, attended the talks."
        << "Prado;Quispe;Reyes/held/in person/Lima";
    QTest::newRow("met C to brief him on the talks with B: the talks told before")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes in Lima on Monday. On Tuesday, Quispe "
           "met Peruvian Minister Luis Prado in Cusco to brief him on the talks with Reyes."
        << "Quispe;Reyes/held/in person/Lima | Prado;Quispe/held/in person/Cusco";
    QTest::newRow("twin: met C and held talks with B, one meeting")
        << "Peruvian President Ana Quispe met Chilean President Tomas Reyes in Lima on Monday. On Tuesday, Quispe "
           "met Peruvian Minister Luis Prado in Cusco for talks with Reyes."
        << "Quispe;Reyes/held/in person/Lima | Prado;Quispe;Reyes/held/in person/Cusco";
    QTest::newRow("two subjects met a crowd: one meeting of theirs")
        << "Peruvian Minister Ana Quispe and Peruvian Minister Tomas Reyes met supermarket operators in Lima on Friday."
        << "Quispe;Reyes/held/in person/Lima";
    QTest::newRow("twin: one subject met a crowd, no meeting")
        << "Peruvian Minister Ana Quispe met supermarket operators in Lima on Friday." << "";
    QTest::newRow("chaired a meeting on a day of its own")
        << "Chilean Minister Tomas Reyes was later received by Peruvian President Ana Quispe. On Monday, Quispe "
           "chaired a meeting in Lima, attended by Peruvian Minister Luis Prado."
        << "Quispe;Reyes/held/in person/ | Prado;Quispe/held/in person/Lima";
}

void TestMeetingPasses::merging()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    Reading r(text, m_gazetteer->data(), m_lexicon);
    findMeetings(r.ctx);
    QStringList got;
    for (const MeetingDraft& m : r.ctx.meetings)
        got << r.names(m.participants) + QLatin1Char('/') + m.status + QLatin1Char('/') + m.mode +
                   QLatin1Char('/') + m.place;
    QCOMPARE(got.join(QStringLiteral(" | ")), expected);
}

// compatible() itself: each field that tells two events apart, against a draft that differs
// in nothing (the twin).
void TestMeetingPasses::compatibleDrafts()
{
    MeetingDraft a;
    a.participants = {0, 1};
    a.states = {0, 1};
    a.when = QStringLiteral("Monday");
    a.place = QStringLiteral("Lima");
    MeetingDraft same = a;
    same.participants = {1};
    QVERIFY(compatible(m_lexicon, a, same));
    MeetingDraft planned = a;
    planned.status = QStringLiteral("planned");
    QVERIFY(!compatible(m_lexicon, a, planned));
    MeetingDraft otherDay = a;
    otherDay.when = QStringLiteral("Thursday");
    QVERIFY(!compatible(m_lexicon, a, otherDay));
    MeetingDraft otherPlace = a;
    otherPlace.place = QStringLiteral("Santiago");
    QVERIFY(!compatible(m_lexicon, a, otherPlace));
    MeetingDraft otherPeople = a;
    otherPeople.participants = {2};
    QVERIFY(!compatible(m_lexicon, a, otherPeople));
    // two of a's attendees meeting on their own are a side meeting, and so is a principal with one
    // of them ("A then held a working meeting with C"); both principals with one are a told again
    MeetingDraft withAttendees = a;
    withAttendees.participants = {0, 1, 2, 3};
    withAttendees.companions = {2, 3};
    MeetingDraft side = a;
    side.participants = {2, 3};
    QVERIFY(!compatible(m_lexicon, withAttendees, side));
    MeetingDraft principalAndAttendee = a;
    principalAndAttendee.participants = {0, 2};
    QVERIFY(!compatible(m_lexicon, withAttendees, principalAndAttendee));
    MeetingDraft principalsAndAttendee = a;
    principalsAndAttendee.participants = {0, 1, 2};
    QVERIFY(compatible(m_lexicon, withAttendees, principalsAndAttendee));
    // a host a lacks receiving one of its principals, its other principal only attending: the
    // audience after the talks, another event
    MeetingDraft otherHost = a;
    otherHost.participants = {4, 1, 0};
    otherHost.companions = {0};
    QVERIFY(!compatible(m_lexicon, a, otherHost));
    MeetingDraft call = a;
    a.strongMode = true;
    call.strongMode = true;
    call.mode = QStringLiteral("phone");
    QVERIFY(!compatible(m_lexicon, a, call));
    MeetingDraft merged = a;
    mergeInto(merged, otherPeople);
    QCOMPARE(merged.participants, (std::vector<int>{0, 1, 2}));
}


void TestMeetingPasses::attendedMeeting_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("list");
    QTest::addColumn<bool>("delegation");
    QTest::addColumn<int>("expected"); // meeting index, -1 for none
    const QString talksThenReception =
        QStringLiteral("Peruvian President Ana Quispe held talks with Chilean President Tomas Reyes in Lima on "
                       "Tuesday. Reyes had been received at the airport on Monday by Peruvian Foreign Minister "
                       "Luis Prado. ");
    QTest::newRow("the talks it names, not the reception told since")
        << talksThenReception << "Also present at the talks were Peruvian Trade Minister Rosa Diaz." << false << 0;
    QTest::newRow("twin: naming nothing, the last event")
        << talksThenReception << "Prado was accompanied by Peruvian Trade Minister Rosa Diaz." << false << 1;
    QTest::newRow("naming nothing after an airport welcome: the talks, not the arrival")
        << talksThenReception << "Also present were Peruvian Trade Minister Rosa Diaz." << false << 0;
    QTest::newRow("twin: naming the airport, the arrival")
        << talksThenReception << "Also present at the airport was Peruvian Trade Minister Rosa Diaz." << false << 1;
    QTest::newRow("twin: an event that is no meeting")
        << talksThenReception << "Also present at the opera were Peruvian Trade Minister Rosa Diaz." << false << -1;
    QTest::newRow("a delegation: the first held meeting")
        << talksThenReception << "The Chilean delegation included Chilean Trade Minister Jorge Soto." << true << 0;
}

void TestMeetingPasses::attendedMeeting()
{
    QFETCH(QString, before);
    QFETCH(QString, list);
    QFETCH(bool, delegation);
    QFETCH(int, expected);
    // The meetings of the sentences before the list, then the list read in the same document
    Reading told(before, m_gazetteer->data(), m_lexicon);
    findMeetings(told.ctx);
    QCOMPARE(told.ctx.meetings.size(), std::size_t(2));
    Reading r(before + list, m_gazetteer->data(), m_lexicon);
    r.ctx.meetings = told.ctx.meetings;
    const std::optional<std::size_t> got = parley::attendedMeeting(r.ctx, r.last(), 0, r.last().size(), delegation);
    QCOMPARE(got ? int(*got) : -1, expected);
}

void TestMeetingPasses::officialList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("from"); // the word the list starts after (backward: ends before)
    QTest::addColumn<bool>("backward");
    QTest::addColumn<QString>("expected"); // surnames, sorted
    QTest::addColumn<QString>("stop");     // the word the reading stopped at ("" not checked)
    QTest::newRow("semicolons, title, comma and name, a title of commas")
        << "The talks were attended by the Minister for Foreign Affairs, Kofi Mensah; the Minister for Trade, "
           "Agribusiness and Industry, Ama Boateng, and the Minister for the Interior, Yaw Owusu."
        << "by" << false << "Boateng;Mensah;Owusu" << QString();
    QTest::newRow("names then titles, honorifics, 'as well as'")
        << "Present were Ama Boateng, the trade minister; Dr Kofi Mensah, Minister of Health; as well as "
           "Ghanaian Foreign Minister Yaw Owusu."
        << "were" << false << "Boateng;Mensah;Owusu" << QString();
    QTest::newRow("twin: the list stops at another clause")
        << "The talks were attended by Ghanaian Foreign Minister Kofi Mensah, who later met Togolese Foreign "
           "Minister Robert Dussey."
        << "by" << false << "Mensah" << QString();
    QTest::newRow("twin: who speaks after the list reports it")
        << "The talks were joined by Ghanaian Foreign Minister Kofi Mensah, Ghanaian Trade Minister Ama Boateng "
           "told reporters."
        << "by" << false << "Mensah" << QString();
    QTest::newRow("backward: titles of commas, names before the verb")
        << "Ghanaian Foreign Minister Kofi Mensah, Trade Minister Ama Boateng and the Minister for the "
           "Interior, Yaw Owusu, took part in the talks."
        << "took" << true << "Boateng;Mensah;Owusu" << QString();
    QTest::newRow("backward: a parenthesis, semicolons and 'as well as'")
        << "Health Minister Dr Kofi Mensah (NDC); Ama Boateng, Minister of Trade; as well as Foreign Minister "
           "Yaw Owusu attended."
        << "attended" << true << "Boateng;Mensah;Owusu" << QString();
    QTest::newRow("twin backward: the list starts after the clause that reports it")
        << "The Ghanaian presidency said on Monday that Foreign Minister Kofi Mensah and Trade Minister Ama "
           "Boateng attended."
        << "attended" << true << "Boateng;Mensah" << QString();
    QTest::newRow("twin backward: a speaker's verb ends the list")
        << "Ghanaian Trade Minister Ama Boateng said Foreign Minister Kofi Mensah attended."
        << "attended" << true << "Mensah" << QString();
    QTest::newRow("backward: the reading stops at the word that governs the first item")
        << "Sent by Ghanaian President John Mahama, Foreign Minister Kofi Mensah and Trade Minister Ama Boateng "
           "took part in the talks."
        << "took" << true << "Boateng;Mahama;Mensah" << "by";
}

void TestMeetingPasses::officialList()
{
    QFETCH(QString, text);
    QFETCH(QString, from);
    QFETCH(bool, backward);
    QFETCH(QString, expected);
    QFETCH(QString, stop);
    Reading r(text, m_gazetteer->data(), m_lexicon);
    const SentenceInfo& s = r.last();
    int at = -1;
    for (int i = 0; i < s.size() && at < 0; ++i)
        if (s.key(i).text() == from)
            at = backward ? i : i + 1;
    QVERIFY(at > 0);
    const OfficialList list =
        backward ? readOfficialList(r.ctx, s, r.refsOf(s), at, 0, ListDirection::Backward)
                 : readOfficialList(r.ctx, s, r.refsOf(s), at, s.size());
    QCOMPARE(r.names(list.people), expected);
    // (the span runs from `at` to the farthest official, whichever way the list was read)
    QVERIFY(list.begin <= list.end);
    QCOMPARE(backward ? list.end : list.begin, at);
    if (!stop.isEmpty()) {
        QVERIFY(list.stop >= 0);
        QCOMPARE(s.key(list.stop).text(), stop);
    }
}

QTEST_GUILESS_MAIN(TestMeetingPasses)
#include "tst_meetingpasses.moc"
