// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped lexicon (resources/lexicon/*.tsv): it loads, every class the passes read has
// words, no word sits in two classes that contradict each other, and a bad file is reported
// with its name and line.
#include "extract/lexicon.h"
#include "extract/tokenizer.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace parley;

class TestLexicon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinLoads();
    void everyClassHasWords();
    void contradictionsAbsent();
    void shippedRowsAreUnique();
    void verbClassesKnown();
    void placesHaveValues();
    void phrasesMatchTokens();
    void writtenAsTextWrites_data();
    void writtenAsTextWrites();
    void everyShippedPhraseMatchesItsText();
    void userFileAddsAndCorrects();
    void tokenClassesAgree();
    void wordClasses_data();
    void wordClasses();
    void badFiles_data();
    void badFiles();
    void userFolder();
};

namespace {

Lexicon builtin()
{
    Result<Lexicon> lex = Lexicon::builtin();
    if (!lex.ok())
        qFatal("%s", qPrintable(lex.error().toString()));
    return std::move(lex).value();
}

} // namespace

void TestLexicon::builtinLoads()
{
    const Result<Lexicon> lex = Lexicon::builtin();
    QVERIFY2(lex.ok(), qPrintable(lex.error().toString()));
    QVERIFY(lex.value().has(Cue::MeetingVerb, QStringLiteral("met")));
    QCOMPARE(lex.value().value(Cue::MeetingVerb, QStringLiteral("met")), QStringLiteral("meet"));
    QVERIFY(!lex.value().has(Cue::MeetingVerb, QStringLiteral("said")));
}

void TestLexicon::everyClassHasWords()
{
    const Lexicon lex = builtin();
    for (int c = 0; c < int(Cue::Count); ++c)
        QVERIFY2(!lex.words(Cue(c)).isEmpty(), qPrintable(Lexicon::cueName(Cue(c)) + QStringLiteral(" is empty")));
}

void TestLexicon::contradictionsAbsent()
{
    const Lexicon lex = builtin();
    // A word cannot both cancel and plan, or deny and plan: the status would depend on order.
    const std::pair<Cue, Cue> exclusive[] = {{Cue::CancelCue, Cue::FutureCue},
                                             {Cue::DenialCue, Cue::FutureCue},
                                             {Cue::Negation, Cue::FutureCue},
                                             {Cue::CancelCue, Cue::DenialCue},
                                             {Cue::PhoneWord, Cue::VideoWord}};
    for (const auto& [a, b] : exclusive) {
        for (const QString& w : lex.words(a))
            QVERIFY2(!lex.words(b).contains(w), qPrintable(w + QStringLiteral(" is in ") + Lexicon::cueName(a) +
                                                           QStringLiteral(" and ") + Lexicon::cueName(b)));
    }
}

// A row repeated in the shipped files is replaced by the later one ("a later file corrects an
// earlier one"), so a second row with another value silently undoes the first: "received-thing
// initiative joined" once made "welcomed the initiative of B" a meeting.
void TestLexicon::shippedRowsAreUnique()
{
    const QDir dir(QStringLiteral(":/parley/lexicon"));
    const QStringList files = dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    QHash<QString, QString> firstAt; // "set\tphrase" -> file:line
    for (const QString& name : files) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
        int lineNo = 0;
        while (!f.atEnd()) {
            ++lineNo;
            const QString line = QString::fromUtf8(f.readLine());
            if (line.startsWith(QLatin1Char('#')) || line.trimmed().isEmpty())
                continue;
            const QStringList cols = line.split(QLatin1Char('\t'));
            if (cols.size() < 2 || cols.value(0) == QLatin1String("set"))
                continue;
            const QString key = cols.value(0).trimmed() + QLatin1Char('\t') + cols.value(1).trimmed().toCaseFolded();
            const QString here = name + QLatin1Char(':') + QString::number(lineNo);
            QVERIFY2(!firstAt.contains(key), qPrintable(here + QStringLiteral(" repeats ") + firstAt.value(key) + QStringLiteral(": ") + key));
            firstAt.insert(key, here);
        }
    }
}

void TestLexicon::verbClassesKnown()
{
    const Lexicon lex = builtin();
    const QStringList verbClasses = {QStringLiteral("meet"), QStringLiteral("receive"), QStringLiteral("speak"),
                                     QStringLiteral("phone"), QStringLiteral("call-on"), QStringLiteral("with"),
                                     QStringLiteral("attend"), QStringLiteral("discuss"), QStringLiteral("time"),
                                     QStringLiteral("see"), QStringLiteral("sign"), QStringLiteral("sign-with"),
                                     QStringLiteral("with-or-official"), QStringLiteral("with-after-mode")};
    // (a verb of two words, "co chaired", keeps its class in its phrase)
    const auto verbValue = [&](const QString& w) {
        const QStringList keys = w.split(QLatin1Char(' '));
        for (const LexiconPhrase& p : lex.phrases(Cue::MeetingVerb, keys.front()))
            if (QStringList(p.keys.begin(), p.keys.end()) == keys)
                return p.value;
        return lex.value(Cue::MeetingVerb, w);
    };
    for (const QString& w : lex.words(Cue::MeetingVerb))
        QVERIFY2(verbClasses.contains(verbValue(w)),
                 qPrintable(w + QStringLiteral(": unknown verb class '") + verbValue(w) + QLatin1Char('\'')));
    const QStringList nounValues = {QString(), QStringLiteral("phone"), QStringLiteral("video"),
                                    QStringLiteral("anaphoric-only"), QStringLiteral("needs-mode"),
                                    QStringLiteral("needs-grant"), QStringLiteral("grant-person"),
                                    QStringLiteral("guest-for"),
                                    QStringLiteral("participle"), QStringLiteral("needs-partner"),
                                    QStringLiteral("held-only"), QStringLiteral("with-only")};
    for (const QString& w : lex.words(Cue::MeetingNoun))
        QVERIFY2(nounValues.contains(lex.value(Cue::MeetingNoun, w)), qPrintable(w));
    // a split cue splits the meetings near it, or with `own-noun` only its own trigger's, or
    // with `before-object` only right before an official met ("both", "then"), or with `apart`
    // only right before a discuss or sign verb, a subject acting apart ("each")
    const QStringList splitValues = {QString(), QStringLiteral("own-noun"), QStringLiteral("before-object"),
                                     QStringLiteral("apart")};
    for (const QString& w : lex.words(Cue::SplitCue))
        QVERIFY2(splitValues.contains(lex.value(Cue::SplitCue, w)), qPrintable(w));
    // a previous cue tells an earlier event, or with `unless-new` only when no novelty cue follows
    for (const QString& w : lex.words(Cue::PreviousCue))
        QVERIFY2(lex.value(Cue::PreviousCue, w).isEmpty() || lex.value(Cue::PreviousCue, w) == QLatin1String("unless-new"),
                 qPrintable(w));
    // a deictic day's value is its distance in days from the article's day
    for (const QString& w : lex.words(Cue::DeicticDay)) {
        bool ok = false;
        lex.value(Cue::DeicticDay, w).toInt(&ok);
        QVERIFY2(ok, qPrintable(w));
    }
    const QStringList predicateValues = {QStringLiteral("aux"), QStringLiteral("occurred"), QStringLiteral("plan"),
                                         QStringLiteral("progressive")};
    for (const QString& w : lex.words(Cue::NounPredicate))
        QVERIFY2(predicateValues.contains(lex.value(Cue::NounPredicate, w)), qPrintable(w));
}

void TestLexicon::placesHaveValues()
{
    const Lexicon lex = builtin();
    const std::vector<Token> toks = tokenize(u"at the Kremlin");
    const std::vector<LexiconPhrase>& kremlin = lex.phrases(Cue::Venue, toks[2].key);
    QVERIFY(!kremlin.empty());
    QCOMPARE(kremlin.front().value, QStringLiteral("Moscow"));
    // longest phrase first in a bucket
    const std::vector<Token> elysee = tokenize(u"Élysée Palace");
    const std::vector<LexiconPhrase>& bucket = lex.phrases(Cue::Venue, elysee.front().key);
    QVERIFY(bucket.size() >= 2);
    QVERIFY(bucket.front().keys.size() >= bucket.back().keys.size());
}

void TestLexicon::phrasesMatchTokens()
{
    // Every multi-word phrase is keyed as running text tokenizes it, or it could never match.
    const Lexicon lex = builtin();
    for (Cue c : {Cue::Venue, Cue::City, Cue::GenericVenue, Cue::District, Cue::Seat, Cue::GatheringVenue}) {
        for (const QString& phrase : lex.words(c)) {
            // (words() joins the keys with spaces: "cox 's bazar" is written "Cox's Bazar")
            const std::vector<Token> toks = tokenize(QString(phrase).replace(QLatin1String(" 's"), QLatin1String("'s")));
            const std::vector<LexiconPhrase>& bucket = lex.phrases(c, toks.front().key);
            const bool found = std::any_of(bucket.begin(), bucket.end(), [&](const LexiconPhrase& p) {
                if (p.keys.size() != toks.size())
                    return false;
                for (std::size_t i = 0; i < toks.size(); ++i)
                    if (p.keys[i] != toks[i].key)
                        return false;
                return true;
            });
            QVERIFY2(found, qPrintable(phrase));
        }
    }
}

// A phrase is written in a data file as the text writes it (a hyphen, an apostrophe, dots) and
// still matches running text token by token: loading splits it as the tokenizer splits text.
void TestLexicon::writtenAsTextWrites_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("shipped");
    QTest::newRow("SPLM-IO") << "nonstate-group" << "SPLM-IO" << "an SPLM-IO spokesman said" << true;
    QTest::newRow("SPLM-IO as SPLM IO") << "nonstate-group" << "SPLM-IO" << "an SPLM IO spokesman said" << true;
    QTest::newRow("SPLM-N") << "nonstate-group" << "SPLM-N" << "the SPLM-N delegation" << true;
    QTest::newRow("Tehreek-e-Taliban") << "nonstate-group" << "Tehreek-e-Taliban Pakistan"
                                       << "attacks by Tehreek-e-Taliban Pakistan fighters" << true;
    QTest::newRow("think-tank") << "research-body" << "think-tank" << "a Washington think-tank said" << true;
    QTest::newRow("think tank spaced") << "research-body" << "think-tank" << "a Washington think tank said" << true;
    QTest::newRow("Mar-a-Lago") << "venue" << "Mar-a-Lago" << "talks at Mar-a-Lago on Friday" << true;
    QTest::newRow("Georgia") << "region-homonym" << "Georgia" << "Georgia Gov. A said" << true;
    QTest::newRow("Lake") << "water-word" << "lake" << "patrols on Lake Chad" << true;
    QTest::newRow("user hyphen word") << "nonstate-group" << "M23-AFC" << "rebels of the M23-AFC alliance" << false;
    QTest::newRow("user apostrophe") << "city" << "Cox's Bazar" << "camps near Cox\u2019s Bazar" << false;
    QTest::newRow("user dots") << "nonstate-group" << "F.A.R.C." << "former F.A.R.C. commanders" << false;
    QTest::newRow("user dots, text without") << "nonstate-group" << "F.A.R.C." << "former FARC commanders" << false;
}

void TestLexicon::writtenAsTextWrites()
{
    QFETCH(QString, set);
    QFETCH(QString, phrase);
    QFETCH(QString, text);
    QFETCH(bool, shipped);
    Lexicon lex = builtin();
    if (!shipped) {
        const Status st = lex.addText(QStringLiteral("set\tphrase\tvalue\n%1\t%2\tx\n").arg(set, phrase),
                                      QStringLiteral("mine.tsv"));
        QVERIFY2(st.ok(), qPrintable(st.error.toString()));
    }
    Cue cue = Cue::Count;
    for (int c = 0; c < int(Cue::Count); ++c)
        if (Lexicon::cueName(Cue(c)) == set)
            cue = Cue(c);
    QVERIFY(cue != Cue::Count);
    const std::vector<Token> toks = tokenize(text);
    bool found = false;
    for (std::size_t i = 0; i < toks.size() && !found; ++i) {
        if (lex.has(cue, toks[i].key.text()))
            found = true;
        for (const LexiconPhrase& p : lex.phrases(cue, toks[i].key.text())) {
            if (i + p.keys.size() > toks.size())
                continue;
            bool all = true;
            for (std::size_t k = 0; k < p.keys.size(); ++k)
                all = all && p.keys[k] == toks[i + k].key.text();
            found = found || all;
        }
    }
    QVERIFY2(found, qPrintable(phrase + QStringLiteral(" in ") + text));
}

// Every phrase of the shipped files, written in running text, is found there: as a word of its
// class or as a phrase of its class starting at its first token (a phrase the tokenizer splits
// otherwise than loading did could never match).
void TestLexicon::everyShippedPhraseMatchesItsText()
{
    const Lexicon lex = builtin();
    const QDir dir(QStringLiteral(":/parley/lexicon"));
    QStringList missing;
    for (const QString& name : dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        for (int l = 1; l < lines.size(); ++l) {
            const QStringList cols = lines[l].split(QLatin1Char('\t'));
            if (cols.size() < 2 || lines[l].startsWith(QLatin1Char('#')) || cols[1].trimmed().isEmpty())
                continue;
            Cue cue = Cue::Count;
            for (int c = 0; c < int(Cue::Count); ++c)
                if (Lexicon::cueName(Cue(c)) == cols[0].trimmed())
                    cue = Cue(c);
            const QString phrase = cols[1].trimmed();
            if (cue == Cue::Count)
                continue;
            // (a clitic is written alone, "'s"; in text it follows a word)
            const bool clitic = phrase.startsWith(QLatin1Char('\'')) || phrase.startsWith(QChar(0x2019));
            std::vector<Token> words = tokenize(clitic ? QString(QStringLiteral("x") + phrase) : phrase);
            if (clitic && !words.empty())
                words.erase(words.begin());
            if (words.empty())
                continue;
            bool found = words.size() == 1 && lex.has(cue, words.front().key.text());
            for (const LexiconPhrase& p : lex.phrases(cue, words.front().key.text())) {
                bool all = p.keys.size() == words.size();
                for (std::size_t k = 0; all && k < p.keys.size(); ++k)
                    all = p.keys[k] == words[k].key.text();
                found = found || all;
            }
            if (!found)
                missing << name + QLatin1Char(':') + QString::number(l + 1) + QLatin1Char(' ') + phrase;
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));
}

void TestLexicon::userFileAddsAndCorrects()
{
    Lexicon lex = builtin();
    const Lexicon before = lex;
    const Status st = lex.addText(QStringLiteral("set\tphrase\tvalue\nmeeting-verb\tparleyed\tmeet\n"
                                                 "venue\tthe Kremlin\tSochi\n"),
                                  QStringLiteral("mine.tsv"));
    QVERIFY2(st.ok(), qPrintable(st.error.toString()));
    QCOMPARE(lex.value(Cue::MeetingVerb, QStringLiteral("parleyed")), QStringLiteral("meet"));
    const std::vector<Token> toks = tokenize(u"the Kremlin");
    QCOMPARE(lex.phrases(Cue::Venue, toks.front().key).front().value, QStringLiteral("Sochi"));
    // copies made before keep their data
    QVERIFY(!before.has(Cue::MeetingVerb, QStringLiteral("parleyed")));
}

void TestLexicon::tokenClassesAgree()
{
    // A token key classified by a lexicon answers as its text does, for every class; a key
    // classified by another lexicon (here the same one before a user file was added, which
    // makes "parleyed" a meeting verb) is never answered from its old bits.
    const Lexicon shipped = builtin();
    Lexicon mine = shipped;
    QVERIFY(mine.addText(QStringLiteral("set\tphrase\tvalue\nmeeting-verb\tparleyed\tmeet\n"), QStringLiteral("mine.tsv")).ok());
    const QString text = QStringLiteral("Ministers parleyed in the Kremlin, then held talks at Élysée "
                                        "Palace and did not meet; U.S. officials said the summit was held.");
    for (const Lexicon* lex : std::initializer_list<const Lexicon*>{&shipped, &mine}) {
        for (const Token& t : tokenize(text, 0, &shipped)) {
            QVERIFY(shipped.classified(t.key));
            QCOMPARE(lex == &shipped, lex->classified(t.key));
            for (int c = 0; c < int(Cue::Count); ++c) {
                const Cue cue = Cue(c);
                const QString& plain = t.key.text();
                QCOMPARE(lex->has(cue, t.key), lex->has(cue, plain));
                QCOMPARE(lex->value(cue, t.key), lex->value(cue, plain));
                QCOMPARE(lex->phrases(cue, t.key).size(), lex->phrases(cue, plain).size());
            }
        }
    }
    const std::vector<Token> toks = tokenize(u"parleyed", 0, &shipped);
    QVERIFY(!shipped.has(Cue::MeetingVerb, toks.front().key));
    QVERIFY(mine.has(Cue::MeetingVerb, toks.front().key));
    // The tokenizer keeps a thread's keys: a later sentence read with the other lexicon gets
    // that lexicon's classes.
    QVERIFY(mine.classified(tokenize(u"parleyed", 0, &mine).front().key));
}

// The word classes moved from the passes' C++ into the lexicon hold the words they were
// written with, and not the words of a neighbouring class.
void TestLexicon::wordClasses_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("member");
    QTest::newRow("body head") << "body-head" << "majlis" << true;
    QTest::newRow("thing head") << "thing-head" << "canal" << true;
    QTest::newRow("a body is no thing") << "thing-head" << "ministry" << false;
    QTest::newRow("function word") << "function-word" << "said" << true;
    QTest::newRow("a title is no function word") << "function-word" << "minister" << false;
    QTest::newRow("delegation list") << "delegation-list" << "composed" << true;
    QTest::newRow("group head") << "group-head" << "dignitaries" << true;
    QTest::newRow("possessive pronoun") << "possessive-pronoun" << "her" << true;
    QTest::newRow("venue preposition") << "venue-preposition" << "at" << true;
    QTest::newRow("reported opener") << "reported-opener" << "she" << true;
    QTest::newRow("deictic day") << "deictic-day" << "tonight" << true;
    QTest::newRow("name stop") << "name-stop" << "g20" << true;
    QTest::newRow("acronym stop") << "acronym-stop" << "un" << true;
    QTest::newRow("name particle") << "name-particle" << "della" << true;
    QTest::newRow("parent particle") << "parent-particle" << "binti" << true;
    QTest::newRow("no parent particle") << "parent-particle" << "von" << false;
    QTest::newRow("name suffix") << "name-suffix" << "iii" << true;
    QTest::newRow("region word") << "region-word" << "greater" << true;
    QTest::newRow("demonym thing") << "demonym-thing" << "cuisine" << true;
    QTest::newRow("private role") << "private-role" << "footballer" << true;
    QTest::newRow("an office is no private role") << "private-role" << "minister" << false;
    QTest::newRow("singular proxy") << "proxy-noun" << "adviser" << true;
    QTest::newRow("left office") << "left-office" << "resigned" << true;
    QTest::newRow("place label") << "place-label" << "venue" << true;
    QTest::newRow("no place label") << "place-label" << "attendees" << false;
    QTest::newRow("stance voice") << "stance-word" << "reaffirmed" << true;
    QTest::newRow("stance noun") << "stance-word" << "commitment" << true;
    QTest::newRow("no stance in another's act") << "stance-word" << "welcomed" << false;
    QTest::newRow("area noun") << "area-noun" << "district" << true;
    QTest::newRow("posted title") << "posted-title" << "ambassador" << true;
    QTest::newRow("an envoy is no posting") << "posted-title" << "envoy" << false;
    QTest::newRow("no area noun") << "area-noun" << "city" << false;
}

void TestLexicon::wordClasses()
{
    QFETCH(QString, set);
    QFETCH(QString, word);
    QFETCH(bool, member);
    const Lexicon lex = builtin();
    int cue = 0;
    while (cue < int(Cue::Count) && Lexicon::cueName(Cue(cue)) != set)
        ++cue;
    QVERIFY2(cue < int(Cue::Count), qPrintable(set));
    QCOMPARE(lex.has(Cue(cue), word), member);
}

void TestLexicon::badFiles_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("no header") << "meeting-verb\tmet\tmeet\n" << 1 << "header";
    QTest::newRow("unknown set") << "# c\nset\tphrase\tvalue\nverbs\tmet\tmeet\n" << 3 << "unknown set";
    QTest::newRow("empty phrase") << "set\tphrase\tvalue\nmeeting-verb\t\tmeet\n" << 2 << "empty phrase";
    QTest::newRow("venue without city") << "set\tphrase\tvalue\nvenue\tthe Palace\t\n" << 2 << "needs a value";
    QTest::newRow("empty file") << "# only a comment\n" << 0 << "no header";
}

void TestLexicon::badFiles()
{
    QFETCH(QString, content);
    QFETCH(int, line);
    QFETCH(QString, message);
    Lexicon lex = builtin();
    const Status st = lex.addText(content, QStringLiteral("bad.tsv"));
    QVERIFY(!st.ok());
    QCOMPARE(st.error.where, QStringLiteral("bad.tsv"));
    QCOMPARE(st.error.line, line);
    QVERIFY2(st.error.message.contains(message), qPrintable(st.error.message));
    // nothing of a bad file is kept
    QVERIFY(lex.has(Cue::MeetingVerb, QStringLiteral("met")));
}

// The user's lexicon folder: files in name order, a later one correcting an earlier one, a
// broken file named with its line and left out while the others apply.
void TestLexicon::userFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };
    QVERIFY(write(QStringLiteral("a.tsv"), "set\tphrase\tvalue\nmeeting-verb\tparleyed\tmeet\nmeeting-noun\tpowwow\tin person\n"));
    QVERIFY(write(QStringLiteral("b.tsv"), "set\tphrase\tvalue\nmeeting-verb\tparleyed\treceive\n"));
    QVERIFY(write(QStringLiteral("c.tsv"), "set\tphrase\tvalue\nmeeting-verb\tconfabbed\tmeet\nmeting-verb\tchatted\tmeet\n"));
    QVERIFY(write(QStringLiteral("notes.txt"), "not a lexicon"));
    Lexicon lex = builtin();
    const std::vector<Error> errors = lex.addUserLexicons(dir.path());
    QCOMPARE(errors.size(), std::size_t(1));
    QCOMPARE(errors.front().where, dir.filePath(QStringLiteral("c.tsv")));
    QCOMPARE(errors.front().line, 3);
    QVERIFY(errors.front().message.contains(QLatin1String("meting-verb")));
    QCOMPARE(lex.value(Cue::MeetingVerb, QStringLiteral("parleyed")), QStringLiteral("receive"));
    QVERIFY(lex.has(Cue::MeetingNoun, QStringLiteral("powwow")));
    QVERIFY(!lex.has(Cue::MeetingVerb, QStringLiteral("confabbed")));
    // No folder: nothing added, no error.
    Lexicon plain = builtin();
    QVERIFY(plain.addUserLexicons(dir.filePath(QStringLiteral("absent"))).empty());
    QVERIFY(!plain.has(Cue::MeetingVerb, QStringLiteral("parleyed")));
}

QTEST_GUILESS_MAIN(TestLexicon)
#include "tst_lexicon.moc"
