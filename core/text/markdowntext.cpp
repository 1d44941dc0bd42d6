// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/markdowntext.h"

#include <vector>

namespace parley {

namespace {

bool isAsciiPunct(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x21 && u <= 0x2F) || (u >= 0x3A && u <= 0x40) || (u >= 0x5B && u <= 0x60) ||
           (u >= 0x7B && u <= 0x7E);
}

// Processes one line's inline markup. Link targets are found through "next ']'" and
// "next ')'" tables built once per line, so a line full of '[' stays linear.
class InlineReader
{
public:
    explicit InlineReader(QStringView line) : m_line(line)
    {
        const qsizetype n = line.size();
        m_nextClose.assign(n + 1, -1);
        m_nextParen.assign(n + 1, -1);
        for (qsizetype k = n - 1; k >= 0; --k) {
            m_nextClose[k] = line[k] == u']' ? k : m_nextClose[k + 1];
            m_nextParen[k] = line[k] == u')' ? k : m_nextParen[k + 1];
        }
    }

    void run(QString& out) { span(0, m_line.size(), out, true); }

private:
    qsizetype nextClose(qsizetype k) const { return k < m_line.size() ? m_nextClose[k] : -1; }
    qsizetype nextParen(qsizetype k) const { return k < m_line.size() ? m_nextParen[k] : -1; }

    // Link end for "[text](url)" or "[text][ref]" opening at `open`; -1 when it is no link.
    // `textEnd` receives the position of the ']'.
    qsizetype linkEnd(qsizetype open, qsizetype limit, qsizetype& textEnd) const
    {
        const qsizetype close = nextClose(open + 1);
        if (close < 0 || close + 1 >= limit)
            return -1;
        textEnd = close;
        const QChar after = m_line[close + 1];
        if (after == u'(') {
            const qsizetype paren = nextParen(close + 2);
            return paren >= 0 && paren < limit ? paren + 1 : -1;
        }
        if (after == u'[') {
            const qsizetype refClose = nextClose(close + 2);
            return refClose >= 0 && refClose < limit ? refClose + 1 : -1;
        }
        return -1;
    }

    void span(qsizetype from, qsizetype to, QString& out, bool links)
    {
        const QStringView s = m_line;
        for (qsizetype i = from; i < to;) {
            const QChar c = s[i];
            if (c == u'\\' && i + 1 < to && isAsciiPunct(s[i + 1])) {
                out += s[i + 1];
                i += 2;
                continue;
            }
            if (links && (c == u'[' || (c == u'!' && i + 1 < to && s[i + 1] == u'['))) {
                const qsizetype open = c == u'!' ? i + 1 : i;
                qsizetype textEnd = -1;
                const qsizetype end = linkEnd(open, to, textEnd);
                if (end > 0) {
                    span(open + 1, textEnd, out, false);
                    i = end;
                    continue;
                }
            }
            if (c == u'<' && s.mid(i + 1, 4) == u"http") { // autolink: keep the address
                const qsizetype gt = s.indexOf(u'>', i);
                if (gt > 0 && gt < to) {
                    out += s.mid(i + 1, gt - i - 1);
                    i = gt + 1;
                    continue;
                }
            }
            if (c == u'`') {
                ++i;
                continue;
            }
            if (c == u'*' || c == u'_' || c == u'~') {
                qsizetype j = i;
                while (j < to && s[j] == c)
                    ++j;
                const bool spaceBefore = i == 0 || s[i - 1].isSpace();
                const bool spaceAfter = j >= to || s[j].isSpace();
                const bool wordBefore = i > 0 && s[i - 1].isLetterOrNumber();
                const bool wordAfter = j < to && s[j].isLetterOrNumber();
                // A marker needs a non-space on one side; '_' and a single '~' inside a word
                // (snake_case, approx~5) are ordinary characters.
                bool marker = !(spaceBefore && spaceAfter);
                if (c != u'*' && wordBefore && wordAfter)
                    marker = false;
                if (c == u'~' && j - i < 2)
                    marker = false;
                if (!marker)
                    out += s.mid(i, j - i);
                i = j;
                continue;
            }
            out += c;
            ++i;
        }
    }

    QStringView m_line;
    std::vector<qsizetype> m_nextClose;
    std::vector<qsizetype> m_nextParen;
};

bool isRule(QStringView t)
{
    if (t.size() < 3)
        return false;
    const QChar m = t[0];
    if (m != u'-' && m != u'*' && m != u'_' && m != u'=')
        return false;
    int count = 0;
    for (const QChar c : t) {
        if (c == m)
            ++count;
        else if (!c.isSpace())
            return false;
    }
    return count >= 3;
}

bool isReferenceDefinition(QStringView t)
{
    if (!t.startsWith(u'['))
        return false;
    const qsizetype close = t.indexOf(u"]:");
    return close > 1 && t.indexOf(u']') == close;
}

// Length of a list marker ("- ", "* ", "+ ", "12. ", "3) ") at the start of t, else 0.
qsizetype listMarker(QStringView t)
{
    if (t.size() >= 2 && (t[0] == u'-' || t[0] == u'*' || t[0] == u'+') && t[1].isSpace())
        return 2;
    qsizetype k = 0;
    while (k < t.size() && k < 9 && t[k].isDigit())
        ++k;
    if (k > 0 && k + 1 < t.size() && (t[k] == u'.' || t[k] == u')') && t[k + 1].isSpace())
        return k + 2;
    return 0;
}

} // namespace

QString markdownToText(QStringView markdown)
{
    QString out;
    out.reserve(markdown.size());
    int pendingBreak = 0; // 1: newline, 2: paragraph
    QStringView fence;
    bool first = true;
    qsizetype pos = 0;
    while (pos <= markdown.size()) {
        qsizetype eol = markdown.indexOf(u'\n', pos);
        if (eol < 0)
            eol = markdown.size();
        QStringView line = markdown.mid(pos, eol - pos);
        pos = eol + 1;
        if (line.endsWith(u'\r'))
            line.chop(1);
        QStringView t = line.trimmed();

        if (!fence.isEmpty()) {
            if (t.startsWith(fence))
                fence = {};
            continue;
        }
        if (t.startsWith(u"```") || t.startsWith(u"~~~")) {
            fence = t.left(3);
            pendingBreak = 2;
            continue;
        }
        if (t.isEmpty() || isRule(t) || isReferenceDefinition(t)) {
            pendingBreak = 2;
            continue;
        }
        while (t.startsWith(u'>'))
            t = t.mid(1).trimmed();
        bool ownParagraph = false;
        if (t.startsWith(u'#')) {
            qsizetype level = 0;
            while (level < t.size() && t[level] == u'#')
                ++level;
            if (level <= 6 && (level == t.size() || t[level].isSpace())) {
                t = t.mid(level).trimmed();
                while (t.endsWith(u'#'))
                    t.chop(1);
                t = t.trimmed();
                ownParagraph = true;
            }
        }
        if (const qsizetype m = listMarker(t); m > 0) {
            t = t.mid(m).trimmed();
            pendingBreak = 2;
        }
        if (t.isEmpty())
            continue;
        if (ownParagraph)
            pendingBreak = 2;
        if (!first)
            out += pendingBreak >= 2 ? QStringView(u"\n\n") : QStringView(u"\n");
        first = false;
        InlineReader(t).run(out);
        pendingBreak = ownParagraph ? 2 : 1;
    }
    return out;
}

} // namespace parley
