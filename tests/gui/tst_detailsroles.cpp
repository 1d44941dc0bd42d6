// SPDX-License-Identifier: GPL-3.0-or-later
// The real Details panel on a graph extracted from dated articles: an official the shipped
// dictionary knows shows each office with its dates and the office held at each meeting; one
// it does not know shows neither.
#include "extract/extractor.h"
#include "gui/detailspanel.h"
#include "text/sentencesplitter.h"

#include <QtTest>

using namespace parley;

class TestDetailsRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rolesAndMeetingTitles();
};

void TestDetailsRoles::rolesAndMeetingTitles()
{
    Result<Gazetteer> g = Gazetteer::builtin();
    QVERIFY2(g.ok(), qPrintable(g.error().toString()));
    const Extractor x(std::move(g).value());
    CorpusGraph graph;
    auto add = [&](const QString& id, const QString& text, const QDate& date) {
        Document d;
        d.id = id;
        d.text = text;
        d.date = date;
        d.sentences = splitSentences(d.text);
        const DocumentExtraction e = x.extract(d);
        graph.addDocument(std::move(d), e);
    };
    add(QStringLiteral("a"), QStringLiteral("German Finance Minister Olaf Scholz met Malian President Ibrahim Keita in Berlin on Tuesday."), QDate(2019, 5, 8));
    add(QStringLiteral("b"), QStringLiteral("German Chancellor Olaf Scholz met Senegalese President Macky Ndiaye in Dakar on Monday."), QDate(2023, 5, 10));
    graph.canonicalize();
    const std::optional<NodeId> scholz = graph.find(QStringLiteral("person:olaf-scholz"));
    QVERIFY(scholz);

    DetailsPanel panel;
    panel.show();
    panel.showNode(graph, *scholz);
    const QString text = panel.toPlainText();
    QVERIFY2(text.contains(QLatin1String("Roles over time")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2018-03-14 – 2021-12-08")) && text.contains(QLatin1String("Finance Minister, Germany")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2021-12-08 – 2025-05-06")) && text.contains(QLatin1String("Chancellor, Germany")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Title at each meeting")), qPrintable(text));
    // Tuesday before 2019-05-08 and Monday before 2023-05-10, each with that day's office.
    const QRegularExpression first(QStringLiteral("2019-05-07\\s+[^\\n]*: Finance Minister"));
    const QRegularExpression second(QStringLiteral("2023-05-08\\s+[^\\n]*: Chancellor"));
    QVERIFY2(first.match(text).hasMatch(), qPrintable(text));
    QVERIFY2(second.match(text).hasMatch(), qPrintable(text));
    // The meeting links lead to the meetings.
    QVERIFY(panel.toHtml().contains(QLatin1String("href=\"node:")));

    const std::optional<NodeId> keita = graph.find(QStringLiteral("person:ibrahim-keita"));
    QVERIFY(keita);
    panel.showNode(graph, *keita);
    QVERIFY(!panel.toPlainText().contains(QLatin1String("Roles over time")));
    QVERIFY(!panel.toPlainText().contains(QLatin1String("Title at each meeting")));
}

QTEST_MAIN(TestDetailsRoles)
#include "tst_detailsroles.moc"
