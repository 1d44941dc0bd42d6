// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER so that everything links; replaced by the text work.
#include "text/sentencesplitter.h"

namespace parley {

std::vector<Sentence> splitSentences(QStringView text)
{
    std::vector<Sentence> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size() || text[i] == QLatin1Char('\n') ||
                         (text[i] == QLatin1Char('.') && i + 1 < text.size() && text[i + 1].isSpace());
        if (!end)
            continue;
        qsizetype s = start, e = (i < text.size() && text[i] == QLatin1Char('.')) ? i + 1 : i;
        while (s < e && text[s].isSpace()) ++s;
        while (e > s && text[e - 1].isSpace()) --e;
        if (e > s)
            out.push_back({s, e});
        start = i + 1;
    }
    return out;
}

} // namespace parley
