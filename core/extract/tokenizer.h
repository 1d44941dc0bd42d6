// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace parley {

/// One token of a sentence. Hyphens inside words are not tokens: "al-Shaibani" gives "al" and
/// "Shaibani" with `hyphenBefore` set on the second, so dictionary phrases match whether the
/// text writes "Secretary-General" or "Secretary General", and names keep their exact span.
struct Token
{
    enum Kind : quint8 { Word, Number, Punct };
    qsizetype start = 0; ///< offset into the text given to tokenize() plus `base`
    qsizetype end = 0;
    QString key;         ///< lower case, accents and dots folded: "U.S." -> "us"
    Kind kind = Word;
    bool cap = false;          ///< first letter upper case
    bool allCaps = false;      ///< every letter upper case (and at least one letter)
    bool hyphenBefore = false; ///< joined to the previous token by a hyphen
    bool spaceBefore = true;   ///< white space between this and the previous token
    QChar punct;               ///< for Punct: the character
};

/// Folds a word for dictionary lookup: lower case, accents dropped, dots removed.
QString foldKey(QStringView word);

/// A looser key for a person's name, so that transliterations of one name meet: foldKey, then
/// per word doubled letters single ("Mohammed" = "Mohamed") and a final y/ey/iy/yy/ii read as i
/// ("Sergey" = "Sergei", "Zelenskyy" = "Zelensky" = "Zelenskiy", "Dmitry" = "Dmitri").
QString looseNameKey(QStringView name);

/// Splits `text` into tokens; offsets are `base` + index into `text`. Linear time.
std::vector<Token> tokenize(QStringView text, qsizetype base = 0);

} // namespace parley
