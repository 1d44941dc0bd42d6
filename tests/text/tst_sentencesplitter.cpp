// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/sentencesplitter.h"

#include <QTest>

using namespace parley;

class TestSentenceSplitter : public QObject
{
    Q_OBJECT

private:
    static QStringList split(const QString& text)
    {
        QStringList out;
        for (const Sentence& s : splitSentences(text))
            out << text.mid(s.start, s.end - s.start);
        return out;
    }

private Q_SLOTS:
    void shippedWordsLoadClean();
    void splits_data();
    void splits();
    void spansAreTrimmedOrderedAndNonEmpty_data() { splits_data(); }
    void spansAreTrimmedOrderedAndNonEmpty();
    void emptyAndBlankText();
    void longRunIsCutAtWhiteSpace();
    void longRunWithoutSpaceIsCutHard();
    void surrogatePairsAreNotCut();
    void offsetsPointIntoOriginal();
};

// Runs first: the first split reads resources/text/splitter.tsv, and a row the splitter cannot
// use (an unknown set, a capital, a word too long) is reported on qCritical and skipped.
void TestSentenceSplitter::shippedWordsLoadClean()
{
    static QStringList reported;
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext&, const QString& message) { reported << message; });
    const QStringList sentences = split(QStringLiteral("Gen. Smith met the U.S. President. Talks followed."));
    qInstallMessageHandler(previous);
    QVERIFY2(reported.isEmpty(), qPrintable(reported.join(QLatin1Char('\n'))));
    // Both sets were read: a title abbreviation and a dotted place followed by a title
    QCOMPARE(sentences, QStringList({QStringLiteral("Gen. Smith met the U.S. President."),
                                     QStringLiteral("Talks followed.")}));
}

void TestSentenceSplitter::splits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char* name, const QString& text, const QStringList& expected) {
        QTest::newRow(name) << text << expected;
    };

    row("two plain", QStringLiteral("Putin met Erdogan. They talked for hours."),
        {"Putin met Erdogan.", "They talked for hours."});
    row("question and exclamation", QStringLiteral("Was it a success? Yes! The talks went on."),
        {"Was it a success?", "Yes!", "The talks went on."});
    row("U.S. President continues", QStringLiteral("U.S. President Joe Biden met him. He left."),
        {"U.S. President Joe Biden met him.", "He left."});
    row("U.S. then The splits", QStringLiteral("He studied in the U.S. The talks began later."),
        {"He studied in the U.S.", "The talks began later."});
    row("U.S. then name and verb splits", QStringLiteral("He flew to the U.S. Putin said nothing."),
        {"He flew to the U.S.", "Putin said nothing."});
    row("U.S. Secretary of State", QStringLiteral("The U.S. Secretary of State arrived."),
        {"The U.S. Secretary of State arrived."});
    row("U.S. Senate voted", QStringLiteral("The U.S. Senate voted on Tuesday."),
        {"The U.S. Senate voted on Tuesday."});
    row("U.K. and U.N.",
        QStringLiteral("The U.K. envoy spoke at the U.N. Security Council. It ended."),
        {"The U.K. envoy spoke at the U.N. Security Council.", "It ended."});
    row("U.S. lower-case continues", QStringLiteral("U.S. officials said so."),
        {"U.S. officials said so."});
    row("Dr.", QStringLiteral("Dr. Smith arrived. He spoke."), {"Dr. Smith arrived.", "He spoke."});
    row("Gen. Lt. Col.", QStringLiteral("Gen. Milley, Lt. Col. Vindman and Maj. Gen. Ryder met."),
        {"Gen. Milley, Lt. Col. Vindman and Maj. Gen. Ryder met."});
    row("Mr. Mrs. Ms.", QStringLiteral("Mr. Lavrov, Mrs. Clinton and Ms. Wong met."),
        {"Mr. Lavrov, Mrs. Clinton and Ms. Wong met."});
    row("St.", QStringLiteral("They met in St. Petersburg. It rained."),
        {"They met in St. Petersburg.", "It rained."});
    row("Sen. Rep. Gov.", QStringLiteral("Sen. Graham, Rep. Pelosi and Gov. Newsom spoke."),
        {"Sen. Graham, Rep. Pelosi and Gov. Newsom spoke."});
    row("Prof. Amb. Adm.", QStringLiteral("Prof. Ng, Amb. Rice and Adm. Kirby met."),
        {"Prof. Ng, Amb. Rice and Adm. Kirby met."});
    row("Capt. Sgt. Rev. Hon. Pres.",
        QStringLiteral("Capt. Lee, Sgt. Cole, Rev. King, Hon. Ruto and Pres. Ruto came."),
        {"Capt. Lee, Sgt. Cole, Rev. King, Hon. Ruto and Pres. Ruto came."});
    row("month Jan. with day", QStringLiteral("On Jan. 5 they met. Talks followed."),
        {"On Jan. 5 they met.", "Talks followed."});
    row("Sept. and Dec.", QStringLiteral("From Sept. 11 to Dec. 3 nothing moved."),
        {"From Sept. 11 to Dec. 3 nothing moved."});
    row("No. with number", QStringLiteral("He lives at No. 10 Downing Street. It is old."),
        {"He lives at No. 10 Downing Street.", "It is old."});
    row("vs.", QStringLiteral("It was Brazil vs. Argentina. Brazil won."),
        {"It was Brazil vs. Argentina.", "Brazil won."});
    row("etc. lower-case", QStringLiteral("Oil, gas, etc. were discussed. Then lunch."),
        {"Oil, gas, etc. were discussed.", "Then lunch."});
    row("etc. end of sentence", QStringLiteral("Oil, gas, etc. The list was long."),
        {"Oil, gas, etc.", "The list was long."});
    row("e.g. and i.e.", QStringLiteral("Some states, e.g. Chad, i.e. a few, agreed. Others not."),
        {"Some states, e.g. Chad, i.e. a few, agreed.", "Others not."});
    row("Inc. then The", QStringLiteral("He works for Apple Inc. The company grew."),
        {"He works for Apple Inc.", "The company grew."});
    row("Jr. continues", QStringLiteral("President Joseph R. Biden, Jr. met today with him."),
        {"President Joseph R. Biden, Jr. met today with him."});
    // a given name abbreviated before the rest of the name (session 19, officials12)
    row("Ma. before a name continues", QStringLiteral("Marles met Secretary Ma. Theresa Lazaro in Manila."),
        {"Marles met Secretary Ma. Theresa Lazaro in Manila."});
    row("Md. before a name continues", QStringLiteral("Minister Md. Tofazzal Hossain arrived."),
        {"Minister Md. Tofazzal Hossain arrived."});
    row("twin: Ma at a sentence's end", QStringLiteral("He met Secretary Lin Ma. Reporters were told little."),
        {"He met Secretary Lin Ma.", "Reporters were told little."});
    row("Engr. continues", QStringLiteral("Minister of Works Engr. David Umahi spoke."),
        {"Minister of Works Engr. David Umahi spoke."});
    row("Corp. Ltd. Co.", QStringLiteral("Acme Corp. and Beta Ltd. signed. Gamma Co. did not."),
        {"Acme Corp. and Beta Ltd. signed.", "Gamma Co. did not."});
    row("initial", QStringLiteral("George W. Bush met him. They spoke."),
        {"George W. Bush met him.", "They spoke."});
    row("two initials", QStringLiteral("J. K. Rowling wrote it. It sold."),
        {"J. K. Rowling wrote it.", "It sold."});
    row("decimal", QStringLiteral("Growth was 3.5 percent. Debt hit 1.2 billion."),
        {"Growth was 3.5 percent.", "Debt hit 1.2 billion."});
    row("number at end", QStringLiteral("The vote was in 2020. 2021 was calmer."),
        {"The vote was in 2020.", "2021 was calmer."});
    row("closing double quote", QStringLiteral("He said \"We agree.\" Then he left."),
        {"He said \"We agree.\"", "Then he left."});
    row("closing curly quote",
        QStringLiteral("“We agree,” he said. “The war must end.” It was late."),
        {"“We agree,” he said.", "“The war must end.”", "It was late."});
    row("question in quote then lower", QStringLiteral("“Why now?” he asked. Nobody knew."),
        {"“Why now?” he asked.", "Nobody knew."});
    row("single curly quote", QStringLiteral("She called it ‘historic.’ The press agreed."),
        {"She called it ‘historic.’", "The press agreed."});
    row("opening quote starts next", QStringLiteral("He spoke. \"We won,\" he said."),
        {"He spoke.", "\"We won,\" he said."});
    row("ellipsis continues before name", QStringLiteral("We will see… Vladimir Putin decides."),
        {"We will see… Vladimir Putin decides."});
    row("ellipsis splits before The", QStringLiteral("We waited... The door opened."),
        {"We waited...", "The door opened."});
    row("ellipsis continues lower", QStringLiteral("And then... nothing happened."),
        {"And then... nothing happened."});
    row("ellipsis char before starter", QStringLiteral("It was over… But not quite."),
        {"It was over…", "But not quite."});
    row("paragraph break always splits",
        QStringLiteral("Putin meets Erdogan\n\nMOSCOW - The two met."),
        {"Putin meets Erdogan", "MOSCOW - The two met."});
    row("headline over a dateline", QStringLiteral("Xi meets Egyptian premier\nBEIJING, May 28 (Xinhua) -- Xi met him."),
        {"Xi meets Egyptian premier", "BEIJING, May 28 (Xinhua) -- Xi met him."});
    row("headline, byline, dateline", QStringLiteral("Ministers agree on talks\nBy Kim Han-joo\nSEOUL, Jan. 13 (Yonhap) -- They met."),
        {"Ministers agree on talks", "By Kim Han-joo", "SEOUL, Jan. 13 (Yonhap) -- They met."});
    row("dateline with a dash", QStringLiteral("Katz meets Hegseth\nWASHINGTON \u2014 The two met."),
        {"Katz meets Hegseth", "WASHINGTON \u2014 The two met."});
    row("twin: wrapped line before capitals", QStringLiteral("The minister held talks with\nNATO, the EU and the UN."),
        {"The minister held talks with\nNATO, the EU and the UN."});
    row("twin: wrapped paragraph, second break", QStringLiteral("The minister met his counterpart\nin Seoul and then flew\nBEIJING, he said, was next."),
        {"The minister met his counterpart\nin Seoul and then flew\nBEIJING, he said, was next."});
    row("twin: a capitalised word that is no dateline", QStringLiteral("Talks on trade\nBegin in Madrid today."),
        {"Talks on trade\nBegin in Madrid today."});
    row("section heading between paragraphs",
        QStringLiteral("The leaders met.\nLunch at the palace\nBefore the summit, they ate."),
        {"The leaders met.", "Lunch at the palace", "Before the summit, they ate."});
    row("section heading of two words", QStringLiteral("Aid rose.\nFunding gap\nDonors cut their pledges."),
        {"Aid rose.", "Funding gap", "Donors cut their pledges."});
    row("twin: wrapped line that opens mid-sentence",
        QStringLiteral("The leaders met. The two\nPresidents ate."),
        {"The leaders met.", "The two\nPresidents ate."});
    row("twin: a dateline in capitals on its own line", QStringLiteral("Aid rose.\nANKARA\nThe minister left."),
        {"Aid rose.", "ANKARA\nThe minister left."});
    row("twin: a long wrapped line", QStringLiteral("Aid rose.\nThe foreign ministers of the two states met in the capital on\nMonday."),
        {"Aid rose.", "The foreign ministers of the two states met in the capital on\nMonday."});
    row("twin: a byline after a headline", QStringLiteral("Leaders meet in Manila\n\nJane Tan\nSenior Correspondent\n\nThey met."),
        {"Leaders meet in Manila", "Jane Tan\nSenior Correspondent", "They met."});
    row("name over a line break", QStringLiteral("Foreign Minister Sergey\nLavrov met him."),
        {"Foreign Minister Sergey\nLavrov met him."});
    row("line ending in full stop", QStringLiteral("The talks ended.\nThe ministers left."),
        {"The talks ended.", "The ministers left."});
    row("headline then paragraph with CRLF",
        QStringLiteral("Talks in Ankara\r\n\r\nThe ministers met."),
        {"Talks in Ankara", "The ministers met."});
    row("paragraph after abbreviation", QStringLiteral("He visited the U.S.\n\nThe End."),
        {"He visited the U.S.", "The End."});
    row("p.m. then The", QStringLiteral("They met at 2 p.m. The handshakes followed."),
        {"They met at 2 p.m.", "The handshakes followed."});
    row("a.m. then weekday", QStringLiteral("They met at 9 a.m. Monday in Geneva."),
        {"They met at 9 a.m. Monday in Geneva."});
    row("parenthesis closes", QStringLiteral("He left (as expected.) The rest stayed."),
        {"He left (as expected.)", "The rest stayed."});
    row("U.S.-led", QStringLiteral("The U.S.-led coalition struck. It was night."),
        {"The U.S.-led coalition struck.", "It was night."});
    row("lower case after full stop", QStringLiteral("approx. five people came. Then more."),
        {"approx. five people came.", "Then more."});
    row("trailing text without punctuation", QStringLiteral("One. Two three"),
        {"One.", "Two three"});
    row("leading and trailing space", QStringLiteral("  \n Hello there.  \n "), {"Hello there."});
    row("multiple exclamation", QStringLiteral("No way!! Yes?! Fine."),
        {"No way!!", "Yes?!", "Fine."});
    row("non-latin sentences", QStringLiteral("Путин встретился с Эрдоганом. Они говорили."),
        {"Путин встретился с Эрдоганом.", "Они говорили."});
    row("dash after full stop", QStringLiteral("The meeting ended. — Reuters"),
        {"The meeting ended.", "— Reuters"});
    row("title over line break", QStringLiteral("He met Gen.\nSmith today."),
        {"He met Gen.\nSmith today."});
    row("Ph.D. continues", QStringLiteral("She holds a Ph.D. from Harvard. She teaches."),
        {"She holds a Ph.D. from Harvard.", "She teaches."});
    // a list of one item a line after a colon ends before the running text after it
    row("line list after colon",
        QStringLiteral("A and B were joined by:\nKenya\nForeign Minister C\nEthiopia\nMinister "
                       "D\nAfter the talks, C hosted D "
                       "for lunch."),
        {"A and B were joined by:\nKenya\nForeign Minister C\nEthiopia\nMinister D",
         "After the talks, C hosted D for lunch."});
    row("lead line with colon before a paragraph",
        QStringLiteral("The below is attributable to Spokesperson S:\nSecretary A met B today in "
                       "Rome. The two discussed trade."),
        {"The below is attributable to Spokesperson S:", "Secretary A met B today in Rome.",
         "The two discussed trade."});
    row("list lead then running text stays whole",
        QStringLiteral("Present were:\nMinister C of Kenya and Minister D of Ethiopia."),
        {"Present were:\nMinister C of Kenya and Minister D of Ethiopia."});
    row("wrapped quote after colon stays whole",
        QStringLiteral("The minister told reporters:\n\"we are ready\nto talk to them.\""),
        {"The minister told reporters:\n\"we are ready\nto talk to them.\""});
    row("list of lines ending in full stops",
        QStringLiteral("Present were:\nMinister C of Kenya.\nMinister D of Ethiopia."),
        {"Present were:\nMinister C of Kenya.", "Minister D of Ethiopia."});
}

void TestSentenceSplitter::splits()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(split(text), expected);
}

void TestSentenceSplitter::spansAreTrimmedOrderedAndNonEmpty()
{
    QFETCH(QString, text);
    qsizetype previousEnd = 0;
    for (const Sentence& s : splitSentences(text)) {
        QVERIFY(s.start >= previousEnd);
        QVERIFY(s.end > s.start);
        QVERIFY(s.end <= text.size());
        QVERIFY(!text[s.start].isSpace());
        QVERIFY(!text[s.end - 1].isSpace());
        previousEnd = s.end;
    }
}

void TestSentenceSplitter::emptyAndBlankText()
{
    QVERIFY(splitSentences(QString()).empty());
    QVERIFY(splitSentences(QStringLiteral(" \n\n\t ")).empty());
    QCOMPARE(split(QStringLiteral(".")), QStringList{"."});
}

void TestSentenceSplitter::longRunIsCutAtWhiteSpace()
{
    QString text;
    for (int i = 0; i < 1000; ++i)
        text += QStringLiteral("word ");
    const auto sentences = splitSentences(text);
    QCOMPARE(sentences.size(), std::size_t(3)); // 4999 characters in runs of at most 2000
    for (const Sentence& s : sentences) {
        QVERIFY(s.end - s.start <= 2000);
        QVERIFY(QStringView(text).mid(s.start, s.end - s.start).endsWith(u"word"));
    }
    QCOMPARE(sentences.back().end, text.size() - 1);
}

void TestSentenceSplitter::longRunWithoutSpaceIsCutHard()
{
    const QString text(4500, u'x');
    const auto sentences = splitSentences(text);
    QCOMPARE(sentences.size(), std::size_t(3));
    QCOMPARE(sentences[0].start, 0);
    QCOMPARE(sentences[0].end, 2000);
    QCOMPARE(sentences[1].start, 2000);
    QCOMPARE(sentences[2].end, 4500);
}

void TestSentenceSplitter::surrogatePairsAreNotCut()
{
    QString text;
    for (int i = 0; i < 3000; ++i)
        text += QString::fromUcs4(U"\U0001F600", 1);
    for (const Sentence& s : splitSentences(text)) {
        QVERIFY(text[s.start].isHighSurrogate());
        QVERIFY(text[s.end - 1].isLowSurrogate());
    }
}

void TestSentenceSplitter::offsetsPointIntoOriginal()
{
    const QString text = QStringLiteral("  Dr. Who came.\n\n  Then   left!  ");
    const auto sentences = splitSentences(text);
    QCOMPARE(sentences.size(), std::size_t(2));
    QCOMPARE(sentences[0].start, 2);
    QCOMPARE(sentences[0].end, 15);
    QCOMPARE(text.mid(sentences[1].start, sentences[1].end - sentences[1].start),
             QStringLiteral("Then   left!"));
}

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentencesplitter.moc"
