// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace parley {

class GazetteerData;

/// The dictionaries the extractor reads: states (names, aliases, demonyms, capitals,
/// metonyms), titles, organisations, news agencies and known people. The shipped files live
/// in resources/gazetteer/ (compiled in as Qt resources under :/parley/gazetteer/); users add
/// their own files in the same format (docs/dictionary.md). Immutable once built, so one
/// instance may be shared by extractor threads.
class Gazetteer
{
public:
    Gazetteer();
    ~Gazetteer();
    Gazetteer(const Gazetteer&);
    Gazetteer& operator=(const Gazetteer&);
    Gazetteer(Gazetteer&&) noexcept;
    Gazetteer& operator=(Gazetteer&&) noexcept;

    /// The shipped dictionaries: the image made of them at build time when the program
    /// carries one (Qt resource :/parley/gazetteer.image, app/builtin), else parseBuiltin().
    static Result<Gazetteer> builtin();
    /// The shipped dictionaries, parsed and indexed from their files (what the image holds).
    static Result<Gazetteer> parseBuiltin();
    /// Adds (or corrects) entries from a user dictionary file; errors name the file and line.
    Status addDictionary(const QString& path);
    /// As addDictionary(), from text already in memory; `name` stands for the file in errors.
    Status addDictionaryText(const QString& content, const QString& name);

    /// QStandardPaths::AppConfigLocation + "/dictionaries": where users put their own *.tsv.
    static QString userDictionaryDirectory();
    /// Adds every *.tsv of `directory` (default: userDictionaryDirectory()) in name order.
    /// A missing directory is no error; each bad file gives one Error and the others go on.
    std::vector<Error> addUserDictionaries(const QString& directory = QString());

    const GazetteerData& data() const { return *m_data; }

private:
    explicit Gazetteer(std::shared_ptr<GazetteerData> data);
    std::shared_ptr<GazetteerData> m_data;
};

} // namespace parley
