// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/officialroleshtml.h"

#include "graph/officialroles.h"
#include "render/viewgraph.h"

#include <QCoreApplication>

namespace parley {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("OfficialRoles", text);
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString term(const OfficeTerm& t)
{
    const QString from = t.from.isValid() ? t.from.toString(Qt::ISODate) : QStringLiteral("?");
    const QString to = t.to.isValid() ? t.to.toString(Qt::ISODate) : tr("today");
    return from + QStringLiteral(" – ") + to;
}

} // namespace

QString officialRolesHtml(const CorpusGraph& graph, NodeId official, const Gazetteer& gazetteer)
{
    const std::vector<OfficeTerm> roles = officialRoles(graph, official, gazetteer);
    if (roles.empty())
        return {};
    QString html = QStringLiteral("<p style=\"margin-bottom:0\"><b>%1</b></p><table>").arg(tr("Roles over time"));
    for (const OfficeTerm& t : roles) {
        const QString where = t.organization.isEmpty() ? t.state : t.organization;
        html += QStringLiteral("<tr><td style=\"color:#666;padding-right:8px\">%1</td><td>%2%3</td></tr>")
                    .arg(esc(term(t)), esc(t.title),
                         where.isEmpty() ? QString() : QStringLiteral(", ") + esc(where));
    }
    html += QStringLiteral("</table>");
    const std::vector<MeetingTitle> titles = titlesAtMeetings(graph, official, gazetteer);
    if (titles.empty())
        return html;
    html += QStringLiteral("<p style=\"margin-bottom:0\"><b>%1</b></p><table>").arg(tr("Title at each meeting"));
    for (const MeetingTitle& t : titles) {
        // As the extractor wrote it: "2025-10" for a month, never its first day.
        QString day = t.date.isValid() ? t.date.toString(Qt::ISODate) : tr("no date");
        if (t.precision == DatePrecision::Month)
            day = t.date.toString(QStringLiteral("yyyy-MM"));
        else if (t.precision == DatePrecision::Year)
            day = t.date.toString(QStringLiteral("yyyy"));
        if (t.articleDate)
            day += QLatin1Char(' ') + tr("(article)");
        const QString how = t.fromDictionary ? QString() : QStringLiteral(" <span style=\"color:#888\">%1</span>").arg(tr("(as written)"));
        html += QStringLiteral("<tr><td style=\"color:#666;padding-right:8px\">%1</td><td><a href=\"node:%2\">%3</a>: %4%5</td></tr>")
                    .arg(esc(day))
                    .arg(t.meeting)
                    .arg(esc(meetingLabel(graph, t.meeting)), esc(t.title), how);
    }
    html += QStringLiteral("</table>");
    return html;
}

const Gazetteer& rolesGazetteer()
{
    static const Gazetteer shared = [] {
        Result<Gazetteer> g = Gazetteer::builtin();
        if (!g.ok())
            return Gazetteer();
        Gazetteer out = std::move(g).value();
        // Errors in the user's files were already reported when the articles were read.
        (void)out.addUserDictionaries();
        return out;
    }();
    return shared;
}

} // namespace parley
