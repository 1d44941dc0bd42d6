// SPDX-License-Identifier: GPL-3.0-or-later
// An RSS feed that grows, for the Update tests: five wire-style items with known officials
// and meetings; a test serves the first three, then all five (newest first, as feeds list
// them) and checks that Update reads exactly the two new ones.
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace parley::test {

struct FeedStory
{
    const char* slug;
    const char* title;
    const char* date; ///< RFC 822, as RSS writes it
    const char* text;
};

inline const std::vector<FeedStory>& growingFeedStories()
{
    static const std::vector<FeedStory> stories{
        {"moscow", "Putin hosts Erdogan", "Tue, 03 Sep 2024 10:00:00 GMT",
         "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Moscow "
         "on Tuesday. The two leaders discussed grain exports and the war in Ukraine."},
        {"paris", "Macron and Scholz", "Wed, 04 Sep 2024 10:00:00 GMT",
         "French President Emmanuel Macron held talks with German Chancellor Olaf Scholz in "
         "Paris on Wednesday. They discussed the European budget."},
        {"tokyo", "Kishida receives Modi", "Thu, 05 Sep 2024 10:00:00 GMT",
         "Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi in Tokyo "
         "on Thursday. The two leaders signed a security agreement."},
        // The two items that arrive later: one joins a known official, one is all new.
        {"beijing", "Putin in Beijing", "Fri, 06 Sep 2024 10:00:00 GMT",
         "Russian President Vladimir Putin held talks with Chinese President Xi Jinping in "
         "Beijing on Friday. The two leaders discussed energy supplies."},
        {"brasilia", "Lula and Ramaphosa", "Sat, 07 Sep 2024 10:00:00 GMT",
         "Brazilian President Luiz Inacio Lula da Silva met South African President Cyril "
         "Ramaphosa in Brasilia on Saturday. They discussed trade between the two countries."},
    };
    return stories;
}

/// An RSS 2.0 feed of the first `count` stories, newest first; `base` prefixes the links.
inline QByteArray growingFeed(std::size_t count, const QString& base = QStringLiteral("http://news.example.test/"))
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>"
                     "<title>World desk</title>\n";
    const auto& stories = growingFeedStories();
    for (std::size_t i = count; i-- > 0;) {
        const FeedStory& s = stories.at(i);
        xml += "<item><title>" + QByteArray(s.title) + "</title><link>" + base.toUtf8() + s.slug +
               "</link><pubDate>" + s.date + "</pubDate><description>&lt;p&gt;" + s.text +
               "&lt;/p&gt;</description></item>\n";
    }
    xml += "</channel></rss>\n";
    return xml;
}

} // namespace parley::test
