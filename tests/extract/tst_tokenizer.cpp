// SPDX-License-Identifier: GPL-3.0-or-later
// The tokenizer's fast paths (ASCII folding on the stack, per-thread key table, shared
// punctuation keys) against the plain definition of a key, on one thread and on several.
#include "extract/keyliteral.h"
#include "extract/tokenizer.h"

#include <QtTest>

#include <thread>

using namespace parley;

namespace {

// The definition foldKey() must keep: NFKD, marks and dots dropped, a few letters without a
// decomposition folded by hand, lower case.
QString referenceFold(QStringView word)
{
    QString out;
    for (QChar c : word.toString().normalized(QString::NormalizationForm_KD)) {
        if (c.category() == QChar::Mark_NonSpacing || c == QLatin1Char('.'))
            continue;
        switch (c.unicode()) {
        case 0x0131: c = QLatin1Char('i'); break;
        case 0x0142: case 0x0141: c = QLatin1Char('l'); break;
        case 0x00F8: case 0x00D8: c = QLatin1Char('o'); break;
        case 0x2019: c = QLatin1Char('\''); break;
        default: break;
        }
        out += c.toLower();
    }
    return out;
}

const QString kText = QStringLiteral(
    "SEOUL \u2013 South Korean President Moon Jae-in met U.S. Secretary of State Antony J. "
    "Blinken on Tuesday, Sept. 16, at 10 a.m.; \u201cWe discussed the $4.2 billion deal,\u201d "
    "Mr. Blinken said. Foreign Minister Mevl\u00fct \u00c7avu\u015fo\u011flu and \u0141ukasz "
    "Kowalski of Poland's O\u2019Brien-led team joined. The 200th session (of 2023) ran late. "
    "Internationalisationwordlongerthanthirtytwocharacters AND ANOTHERVERYLONGUPPERCASEWORDHERE. "
    "iPhone 3rd 5G G20 McDonald's \u00c9LYS\u00c9E NATO-led U.N. x86 Dr. \u01c5ukanovi\u0107.");

// The definition of a token's case flags: `cap` when its first letter is upper (or title)
// case, `allCaps` when it has letters and every one is upper case.
std::pair<bool, bool> referenceCase(QStringView surface)
{
    bool anyLetter = false;
    bool cap = false;
    bool allUpper = true;
    for (QChar c : surface) {
        if (!c.isLetter())
            continue;
        if (!anyLetter)
            cap = c.isUpper() || c.isTitleCase();
        anyLetter = true;
        allUpper = allUpper && c.isUpper();
    }
    return {cap, anyLetter && allUpper};
}

// A word table every token key carries as a bit (registered before main(), as the passes'
// constants are).
const WordSet kTableWords = latinSet({"met", "blinken", "of", "state", "late", "mr"}).tokenClass();

QStringList keysOf(const std::vector<Token>& toks)
{
    QStringList keys;
    for (const Token& t : toks)
        keys << t.key;
    return keys;
}

} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foldKeyMatchesDefinition_data();
    void foldKeyMatchesDefinition();
    void tokenKeysMatchDefinition();
    void everyWordLength();
    void sharedKeysStayIndependent();
    void threadsGetTheSameKeys();
    void keyLiteral();
    void wordTablesAgree();
    void looseNameKey_data();
    void looseNameKey();
};

void TestTokenizer::foldKeyMatchesDefinition_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("key");
    QTest::newRow("capitalised") << QStringLiteral("Syria") << QStringLiteral("syria");
    QTest::newRow("dotted") << QStringLiteral("U.S.") << QStringLiteral("us");
    QTest::newRow("only dots") << QStringLiteral("...") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("accents") << QStringLiteral("\u00c7avu\u015fo\u011flu")
                             << QStringLiteral("cavusoglu");
    QTest::newRow("stroke") << QStringLiteral("\u0141ukasz") << QStringLiteral("lukasz");
    QTest::newRow("curly apostrophe") << QStringLiteral("O\u2019Brien")
                                      << QStringLiteral("o'brien");
    QTest::newRow("32 ASCII") << QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef")
                              << QStringLiteral("abcdefghijklmnopqrstuvwxyzabcdef");
    QTest::newRow("33 ASCII") << QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefG")
                              << QStringLiteral("abcdefghijklmnopqrstuvwxyzabcdefg");
    QTest::newRow("33 with dots") << QStringLiteral("A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q")
                                  << QStringLiteral("abcdefghijklmnopq");
    QTest::newRow("long non-ASCII")
        << QStringLiteral("\u00c9\u00c9\u00c9\u00c9\u00c9\u00c9\u00c9\u00c9\u00c9\u00c9"
                          "\u00c9\u00c9\u00c9\u00c9\u00c9\u00c9\u00c9\u00c9\u00c9\u00c9"
                          "\u00c9\u00c9\u00c9\u00c9\u00c9\u00c9\u00c9\u00c9\u00c9\u00c9"
                          "\u00c9\u00c9\u00c9")
        << QStringLiteral("eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee");
}

void TestTokenizer::foldKeyMatchesDefinition()
{
    QFETCH(QString, word);
    QFETCH(QString, key);
    QCOMPARE(foldKey(word), key);
    QCOMPARE(foldKey(word), referenceFold(word));
    // The second call is served from the thread's key table; it must give the same key.
    QCOMPARE(foldKey(word), key);
}

void TestTokenizer::tokenKeysMatchDefinition()
{
    const std::vector<Token> toks = tokenize(kText, 100);
    QVERIFY(toks.size() > 60);
    int punct = 0;
    for (const Token& t : toks) {
        const QStringView surface = QStringView(kText).mid(t.start - 100, t.end - t.start);
        if (t.kind == Token::Punct) {
            ++punct;
            QCOMPARE(t.key, surface.toString());
            QCOMPARE(t.punct, surface.front());
        } else if (t.key != QLatin1String("'s")) {
            QCOMPARE(t.key, referenceFold(surface));
            const auto [cap, allCaps] = referenceCase(surface);
            QCOMPARE(t.cap, cap);
            QCOMPARE(t.allCaps, allCaps);
        }
    }
    QVERIFY(punct > 10);
}

void TestTokenizer::everyWordLength()
{
    // Words of 1 to 20 units in every case pattern, with digits, a non-ASCII letter at the end
    // and a dot inside (the two-vector path takes up to 16 units, the loop the rest): key and
    // case flags as defined, whichever path the word took.
    const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    for (int n = 1; n <= 20; ++n) {
        const QString lower = letters.left(n);
        QStringList words{lower, lower.toUpper(), lower.left(1).toUpper() + lower.mid(1),
                          lower.left(n - 1) + QLatin1Char('Z'), QLatin1Char('9') + lower.mid(1),
                          QLatin1Char('9') + lower.toUpper().mid(1), lower.left(n - 1) + QChar(0x00E9)};
        if (n >= 3)
            words << lower.left(1).toUpper() + QLatin1Char('.') + lower.mid(2).toUpper() + QLatin1Char('.');
        for (const QString& w : words) {
            const QString text = QStringLiteral("x ") + w + QStringLiteral(" y");
            const std::vector<Token> toks = tokenize(text);
            QVERIFY(toks.size() >= 3);
            // (a dot inside splits the word where the tokenizer splits abbreviations)
            QCOMPARE(toks[1].start, qsizetype(2));
            for (const Token& t : toks) {
                if (t.kind == Token::Punct)
                    continue;
                const QStringView surface = QStringView(text).mid(t.start, t.end - t.start);
                QCOMPARE(t.key, referenceFold(surface));
                const auto [cap, allCaps] = referenceCase(surface);
                QCOMPARE(t.cap, cap);
                QCOMPARE(t.allCaps, allCaps);
            }
        }
    }
}

void TestTokenizer::sharedKeysStayIndependent()
{
    // Keys share storage with the key table and punctuation keys with a constant table:
    // changing one copy must leave the table, and every later token, untouched.
    std::vector<Token> first = tokenize(u"The talks, the talks.");
    QCOMPARE(keysOf(first), QStringList({QStringLiteral("the"), QStringLiteral("talks"),
                                         QStringLiteral(","), QStringLiteral("the"),
                                         QStringLiteral("talks"), QStringLiteral(".")}));
    first[0].key += QStringLiteral("ory");
    first[2].key += QStringLiteral(";");
    first[1].key.replace(0, 1, QLatin1Char('w'));
    QCOMPARE(first[0].key, QStringLiteral("theory"));
    QCOMPARE(first[2].key, QStringLiteral(",;"));
    QCOMPARE(first[3].key, QStringLiteral("the"));
    QCOMPARE(first[4].key, QStringLiteral("talks"));
    const std::vector<Token> again = tokenize(u"The talks, the talks.");
    QCOMPARE(keysOf(again), QStringList({QStringLiteral("the"), QStringLiteral("talks"),
                                         QStringLiteral(","), QStringLiteral("the"),
                                         QStringLiteral("talks"), QStringLiteral(".")}));
}

void TestTokenizer::threadsGetTheSameKeys()
{
    const QStringList expected = keysOf(tokenize(kText));
    constexpr int threads = 4;
    std::vector<QStringList> got(threads);
    {
        std::vector<std::jthread> pool;
        for (int t = 0; t < threads; ++t) {
            pool.emplace_back([&got, t] {
                // Several rounds: the first fills this thread's table, the others read it.
                for (int round = 0; round < 50; ++round)
                    got[std::size_t(t)] = keysOf(tokenize(kText));
            });
        }
    }
    for (const QStringList& keys : got)
        QCOMPARE(keys, expected);
}

void TestTokenizer::keyLiteral()
{
    const QString met = QStringLiteral("met");
    QVERIFY(met == "met"_key);
    QVERIFY(!(met != "met"_key));
    QVERIFY(met != "meet"_key);
    QVERIFY(met != "me"_key);
    QVERIFY(met != "Met"_key);
    QVERIFY(QString() == ""_key);
    QVERIFY(QStringLiteral("m\u00e9t") != "met"_key);
    QVERIFY(QStringLiteral("'s") == "'s"_key);
}

// A token's table bits give the answers of the table itself; a table made after keys were
// classified has no bit and answers by lookup, as correctly.
void TestTokenizer::wordTablesAgree()
{
    const std::vector<Token> toks = tokenize(kText);
    const WordSet late = latinSet({"met", "seoul", "of", "ran"}).tokenClass();
    int known = 0;
    int members = 0;
    for (const Token& t : toks) {
        if (t.key.tablesKnown())
            ++known;
        if (kTableWords.contains(t.key))
            ++members;
        QCOMPARE(kTableWords.contains(t.key), kTableWords.contains(t.key.text()));
        QCOMPARE(late.contains(t.key), late.contains(t.key.text()));
    }
    QVERIFY(known > int(toks.size()) / 2); // the short ASCII words, at least
    QCOMPARE(members, 9);             // met, Blinken x2, of x3, State, late, Mr.
}

// Transliterations of one name meet; different names stay apart.
void TestTokenizer::looseNameKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("ey/ei") << "Sergey Lavrov" << "Sergei Lavrov" << true;
    QTest::newRow("yy/y") << "Volodymyr Zelenskyy" << "Volodymyr Zelensky" << true;
    QTest::newRow("iy/y") << "Zelenskiy" << "Zelensky" << true;
    QTest::newRow("ii/iy") << "Andrii Sybiha" << "Andriy Sybiha" << true;
    QTest::newRow("y/i") << "Dmitry Peskov" << "Dmitri Peskov" << true;
    QTest::newRow("doubled letter") << "Mohammed bin Salman" << "Mohamed bin Salman" << true;
    QTest::newRow("accents and hyphen") << "Abdel Fattah el-Sisi" << "Abdel Fattah El Sisi" << true;
    QTest::newRow("other first name") << "Sergey Lavrov" << "Sergio Lavrov" << false;
    QTest::newRow("other surname") << "Dmitry Peskov" << "Dmitry Medvedev" << false;
    QTest::newRow("i is not e") << "Ali Khan" << "Ale Khan" << false;
}

void TestTokenizer::looseNameKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(parley::looseNameKey(a) == parley::looseNameKey(b), same);
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
