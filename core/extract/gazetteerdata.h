// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "extract/keyfilter.h"
#include "extract/tokenizer.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace parley {

struct StateEntry
{
    QString name;
    QStringList aliases;
    QStringList demonyms;
    QStringList places; ///< capital first, then seats of government and metonyms
};

struct TitleEntry
{
    QString name;
    QStringList aliases;
    QString category; ///< the `note` column: head-of-state, minister, honorific, ...
    QString state;    ///< optional: a title that implies its state
    /// Set by GazetteerData::rebuildIndex(): an ambassador, envoy or representative (category
    /// diplomat, or one of those words in the name), which the passes ask at every title.
    bool diplomat = false;
};

struct OrganizationEntry
{
    QString name;
    QStringList aliases;
    QStringList titles;
    QStringList places;
};

struct AgencyEntry
{
    QString name;
    QStringList aliases;
    QString state;
};

struct PersonEntry
{
    QString name;
    QStringList aliases;
    QString state;
    QString title;
    QString organization;
    QDate from;
    QString to; ///< kept as text: an empty `to` means the office is still held
    QDate toDate;
};

/// What a dictionary phrase stands for.
enum class PhraseKind { State, Demonym, Place, Title, Organization, Agency, Person };

/// One dictionary phrase as a sequence of token keys, with the case each token needs.
struct Phrase
{
    std::vector<QString> keys;
    std::vector<quint8> caseNeed; ///< 0 any case, 1 capitalised, 2 all capitals
    PhraseKind kind = PhraseKind::State;
    int entry = 0;
    bool plural = false;   ///< a title in the plural ("presidents")
    bool capital = false;  ///< a place that is a state's capital (first `places` value)

    // Derived from `keys` and `caseNeed` by seal() (when the index is built or read), not
    // stored: the first checks of a match, held in the phrase itself. A bucket's phrases sit
    // side by side, so most of them are ruled out without reading their key and case arrays
    // (two heap blocks each, a cache miss apiece on real text).
    quint8 firstCase = 0;    ///< caseNeed.front()
    quint64 secondPrint = 0; ///< keyPrint(keys[1]); 0 for a one-word phrase
    void seal()
    {
        firstCase = caseNeed.empty() ? 0 : caseNeed.front();
        secondPrint = keys.size() > 1 ? keyPrint(keys[1]) : 0;
    }
    /// A key's length and three of its characters: equal keys have equal prints, so
    /// keys whose prints differ differ.
    static quint64 keyPrint(const QString& key)
    {
        const qsizetype n = key.size();
        if (n == 0)
            return 0;
        const QChar* c = key.constData();
        return quint64(n) | quint64(c[0].unicode()) << 16 | quint64(c[n / 2].unicode()) << 32 |
               quint64(c[n - 1].unicode()) << 48;
    }
};

/// The parsed dictionaries plus a phrase index keyed by the first token, longest phrase first,
/// so a lookup at one token costs one hash probe plus a few token comparisons.
class GazetteerData
{
public:
    std::vector<StateEntry> states;
    std::vector<TitleEntry> titles;
    std::vector<OrganizationEntry> organizations;
    std::vector<AgencyEntry> agencies;
    std::vector<PersonEntry> people;

    QHash<HashedKey, std::vector<Phrase>> index;
    /// The keys of `index`: most tokens start no phrase, and this tells so without hashing.
    KeyFilter<1 << 15> indexFilter;
    // Keyed by HashedKey (hashed inline), as the index: the passes ask them by folded key tens of
    // thousands of times a megabyte, and Qt's string hash was an out-of-line call each time.
    QHash<HashedKey, int> stateByName;   ///< folded canonical name -> states index
    QHash<HashedKey, int> titleByName;   ///< folded title name or alias -> titles index
    QHash<HashedKey, int> orgByPlace;    ///< folded place -> organizations index (seats)
    // (The people tables keep QString keys: QMultiHash's node copies its key in its move
    // constructor, which clang-tidy's performance-move-constructor-init reports in Qt's header
    // once the key is a type of ours; they are asked once per name, not per token.)
    QMultiHash<QString, int> personByName; ///< folded name or alias -> people indices
    QMultiHash<QString, int> personByLooseName; ///< looseNameKey of name or alias -> people indices
    QMultiHash<int, int> peopleByTitle; ///< titles index of the office -> people indices

    /// Rebuilds `index` and the lookup tables from the entries.
    void rebuildIndex();
    int stateIndex(const QString& name) const;
    /// The people entry for a written name that holds office on `date` (any date when
    /// invalid: then the most recent office), or -1. A name not listed as written is looked
    /// up by its looseNameKey, so a transliteration variant finds its person.
    int personEntry(const QString& name, const QDate& date) const;
    /// The people entries holding office `title` (titles index) for state `state` (states
    /// index) on `date`: the dictionary's dated offices, so "the German chancellor" in a 2019
    /// article is the 2019 chancellor. Empty for an invalid date: no date, no holder.
    std::vector<int> officeHolders(int title, int state, const QDate& date) const;
    /// Every office row of the person written `name` (aliases and transliterations found as
    /// personEntry() finds them), oldest first: the roles over time.
    std::vector<int> personOffices(const QString& name) const;
};

/// The text of a data file (a dictionary or a lexicon file), or why there is none: the file
/// cannot be opened or is not valid UTF-8 (errors name the file).
Status readDataFile(const QString& path, QString& content);

} // namespace parley
