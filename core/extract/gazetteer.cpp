// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/gazetteer.h"

#include "extract/gazetteerdata.h"
#include "extract/gazetteerimage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace parley {

namespace {

const QStringList& knownColumns()
{
    static const QStringList columns = {
        QStringLiteral("kind"),   QStringLiteral("name"),  QStringLiteral("aliases"),
        QStringLiteral("demonyms"), QStringLiteral("places"), QStringLiteral("state"),
        QStringLiteral("title"),  QStringLiteral("organization"), QStringLiteral("from"),
        QStringLiteral("to"),     QStringLiteral("note")};
    return columns;
}

QStringList splitValues(const QString& cell)
{
    QStringList out;
    for (const QString& v : cell.split(QLatin1Char('|'))) {
        const QString t = v.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

// Correcting an entry: non-empty cells replace, so a user can fix one field only.
void replaceIfSet(QString& target, const QString& value)
{
    if (!value.isEmpty())
        target = value;
}

void replaceIfSet(QStringList& target, const QStringList& value)
{
    if (!value.isEmpty())
        target = value;
}

// Name lookup while parsing, by folded name, so loading stays linear in the rows.
template <typename Entry>
class EntryIndex
{
public:
    explicit EntryIndex(std::vector<Entry>& entries) : m_entries(entries)
    {
        for (std::size_t i = 0; i < entries.size(); ++i)
            m_index.insert(foldKey(entries[i].name), i);
    }
    Entry* find(const QString& name)
    {
        const auto it = m_index.constFind(foldKey(name));
        return it == m_index.constEnd() ? nullptr : &m_entries[it.value()];
    }
    std::vector<std::size_t> all(const QString& name) const
    {
        std::vector<std::size_t> out;
        const QString key = foldKey(name);
        for (auto it = m_index.constFind(key); it != m_index.constEnd() && it.key() == key; ++it)
            out.push_back(it.value());
        return out;
    }
    void add(Entry e)
    {
        m_index.insert(foldKey(e.name), m_entries.size());
        m_entries.push_back(std::move(e));
    }

private:
    std::vector<Entry>& m_entries;
    QMultiHash<QString, std::size_t> m_index;
};

QString kindFromFileName(const QString& path)
{
    const QString base = QFileInfo(path).completeBaseName().toLower();
    if (base == QLatin1String("states")) return QStringLiteral("state");
    if (base == QLatin1String("titles")) return QStringLiteral("title");
    if (base == QLatin1String("organizations") || base == QLatin1String("organisations"))
        return QStringLiteral("organization");
    if (base == QLatin1String("agencies")) return QStringLiteral("agency");
    if (base == QLatin1String("regions")) return QStringLiteral("region");
    if (base == QLatin1String("people") || base == QLatin1String("persons"))
        return QStringLiteral("person");
    return {};
}

/// Parses one dictionary into `data`. All or nothing: on error `data` is left unchanged.
/// Without `index` the phrase index is left for the caller to rebuild once after a series
/// of files (it is built from all entries, so only the last build counts).
Status parseDictionary(const QString& content, const QString& path, GazetteerData& data,
                       bool index = true)
{
    GazetteerData work = data;
    EntryIndex<StateEntry> states(work.states);
    EntryIndex<TitleEntry> titles(work.titles);
    EntryIndex<OrganizationEntry> organizations(work.organizations);
    EntryIndex<AgencyEntry> agencies(work.agencies);
    EntryIndex<PersonEntry> people(work.people);
    const QString defaultKind = kindFromFileName(path);
    QStringList header;
    const QStringList lines = content.split(QLatin1Char('\n'));
    auto fail = [&](int line, const QString& message) {
        return Status::failure(Error{path, message, line});
    };
    for (int ln = 0; ln < lines.size(); ++ln) {
        QString line = lines[ln];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (ln == 0 && line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (header.isEmpty()) {
            for (const QString& c : cells) {
                const QString col = c.trimmed().toLower();
                if (!knownColumns().contains(col))
                    return fail(ln + 1, QStringLiteral("unknown column '%1' in the header (known: %2)")
                                            .arg(c.trimmed(), knownColumns().join(QStringLiteral(", "))));
                header << col;
            }
            if (!header.contains(QLatin1String("name")))
                return fail(ln + 1, QStringLiteral("the header has no 'name' column"));
            if (!header.contains(QLatin1String("kind")) && defaultKind.isEmpty())
                return fail(ln + 1, QStringLiteral("the header has no 'kind' column"));
            continue;
        }
        if (cells.size() > header.size())
            return fail(ln + 1, QStringLiteral("%1 cells but the header has %2 columns")
                                    .arg(cells.size()).arg(header.size()));
        auto cell = [&](const char* column) {
            const qsizetype i = header.indexOf(QLatin1String(column));
            return i >= 0 && i < cells.size() ? cells[i].trimmed() : QString();
        };
        QString kind = cell("kind").toLower();
        if (kind.isEmpty())
            kind = defaultKind;
        const QString name = cell("name");
        if (name.isEmpty())
            return fail(ln + 1, QStringLiteral("empty name"));
        if (kind == QLatin1String("state")) {
            StateEntry e{name, splitValues(cell("aliases")), splitValues(cell("demonyms")),
                         splitValues(cell("places"))};
            if (StateEntry* old = states.find(name)) {
                replaceIfSet(old->aliases, e.aliases);
                replaceIfSet(old->demonyms, e.demonyms);
                replaceIfSet(old->places, e.places);
            } else {
                states.add(std::move(e));
            }
        } else if (kind == QLatin1String("region")) {
            // "KRG Prime Minister A", "Zanzibar President B": a region with a government of its
            // own is no state; its name and aliases are seats of its state's officials, read as
            // that state's places (after the capital, which stays first)
            StateEntry* st = states.find(cell("state"));
            if (!st)
                return fail(ln + 1, QStringLiteral("a region needs the canonical name of its state in 'state' (got '%1')")
                                        .arg(cell("state")));
            for (const QString& place : QStringList{name} + splitValues(cell("aliases")))
                if (!st->places.contains(place))
                    st->places << place;
        } else if (kind == QLatin1String("title")) {
            TitleEntry e{name, splitValues(cell("aliases")), cell("note"), cell("state")};
            if (TitleEntry* old = titles.find(name)) {
                replaceIfSet(old->aliases, e.aliases);
                replaceIfSet(old->category, e.category);
                replaceIfSet(old->state, e.state);
            } else {
                titles.add(std::move(e));
            }
        } else if (kind == QLatin1String("organization") || kind == QLatin1String("organisation")) {
            OrganizationEntry e{name, splitValues(cell("aliases")), splitValues(cell("title")),
                                splitValues(cell("places"))};
            if (OrganizationEntry* old = organizations.find(name)) {
                replaceIfSet(old->aliases, e.aliases);
                replaceIfSet(old->titles, e.titles);
                replaceIfSet(old->places, e.places);
            } else {
                organizations.add(std::move(e));
            }
        } else if (kind == QLatin1String("agency")) {
            AgencyEntry e{name, splitValues(cell("aliases")), cell("state")};
            if (AgencyEntry* old = agencies.find(name)) {
                replaceIfSet(old->aliases, e.aliases);
                replaceIfSet(old->state, e.state);
            } else {
                agencies.add(std::move(e));
            }
        } else if (kind == QLatin1String("person")) {
            PersonEntry e;
            e.name = name;
            e.aliases = splitValues(cell("aliases"));
            e.state = cell("state");
            e.title = cell("title");
            e.organization = cell("organization");
            const QString from = cell("from");
            e.to = cell("to");
            if (!from.isEmpty()) {
                e.from = QDate::fromString(from, Qt::ISODate);
                if (!e.from.isValid())
                    return fail(ln + 1, QStringLiteral("'from' is not an ISO date: %1").arg(from));
            }
            if (!e.to.isEmpty()) {
                e.toDate = QDate::fromString(e.to, Qt::ISODate);
                if (!e.toDate.isValid())
                    return fail(ln + 1, QStringLiteral("'to' is not an ISO date: %1").arg(e.to));
            }
            if (!e.state.isEmpty() && !states.find(e.state))
                return fail(ln + 1, QStringLiteral("unknown state '%1' (use a state's canonical name)")
                                        .arg(e.state));
            // One person may have several rows (several offices): a row corrects an entry
            // only when it names the same office or period, or leaves them empty.
            PersonEntry* old = nullptr;
            for (std::size_t oi : people.all(name)) {
                PersonEntry& o = work.people[oi];
                const bool sameOffice = e.title.isEmpty() || foldKey(e.title) == foldKey(o.title);
                const bool samePeriod = from.isEmpty() || e.from == o.from;
                if (sameOffice && samePeriod) {
                    old = &o;
                    break;
                }
            }
            if (old) {
                replaceIfSet(old->aliases, e.aliases);
                replaceIfSet(old->state, e.state);
                replaceIfSet(old->title, e.title);
                replaceIfSet(old->organization, e.organization);
                if (!from.isEmpty())
                    old->from = e.from;
                if (!e.to.isEmpty()) {
                    old->to = e.to;
                    old->toDate = e.toDate;
                }
            } else {
                people.add(std::move(e));
            }
        } else {
            return fail(ln + 1, QStringLiteral("unknown kind '%1' (state, region, title, organization, agency or person)")
                                    .arg(kind));
        }
    }
    if (header.isEmpty())
        return Status::failure(Error{path, QStringLiteral("no header line"), 0});
    if (index)
        work.rebuildIndex();
    data = std::move(work);
    return Status::success();
}

// Words that head an office in any phrase, added when the shipped titles do not list them, so
// that "Director of the National Intelligence Service" or "Kurdistan Region President" parse.
const char* const kGenericTitles[] = {
    "Director", "Head", "Chief", "Secretary", "Adviser", "Advisor", "Counselor", "Counsellor",
    "Leader", "Commander", "Representative", "Minister", "Official", "Spokesperson",
    "Secretary of State", "Deputy", "Counterpart"};

} // namespace

Status readDataFile(const QString& path, QString& content)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(Error{path, QStringLiteral("cannot open: %1").arg(file.errorString()), 0});
    const QByteArray bytes = file.readAll();
    content = QString::fromUtf8(bytes);
    if (content.contains(QChar(QChar::ReplacementCharacter)) && !bytes.contains("\xEF\xBF\xBD"))
        return Status::failure(Error{path, QStringLiteral("not valid UTF-8"), 0});
    return Status::success();
}

int GazetteerData::stateIndex(const QString& name) const
{
    return stateByName.value(foldKey(name), -1);
}

namespace {

int entryOnDate(const QMultiHash<QString, int>& byName, const QString& key,
                const std::vector<PersonEntry>& people, const QDate& date)
{
    int best = -1;
    for (auto it = byName.constFind(key); it != byName.constEnd() && it.key() == key; ++it) {
        const PersonEntry& p = people[std::size_t(it.value())];
        if (date.isValid()) {
            if ((p.from.isValid() && date < p.from) || (p.toDate.isValid() && date > p.toDate))
                continue;
            return it.value();
        }
        // No date: the office held last (open-ended, else the latest start).
        if (best < 0)
            best = it.value();
        const PersonEntry& b = people[std::size_t(best)];
        const bool open = !p.toDate.isValid(), bestOpen = !b.toDate.isValid();
        if ((open && !bestOpen) || (open == bestOpen && p.from > b.from))
            best = it.value();
    }
    return best;
}

} // namespace

int GazetteerData::personEntry(const QString& name, const QDate& date) const
{
    const int exact = entryOnDate(personByName, foldKey(name), people, date);
    return exact >= 0 ? exact : entryOnDate(personByLooseName, looseNameKey(name), people, date);
}

std::vector<int> GazetteerData::officeHolders(int title, int state, const QDate& date) const
{
    std::vector<int> out;
    if (!date.isValid() || title < 0 || state < 0)
        return out;
    for (auto it = peopleByTitle.constFind(title); it != peopleByTitle.constEnd() && it.key() == title; ++it) {
        const PersonEntry& p = people[std::size_t(it.value())];
        if ((p.from.isValid() && date < p.from) || (p.toDate.isValid() && date > p.toDate))
            continue;
        // A row with no dates at all says nothing of when: never the holder on a given day.
        if (!p.from.isValid() && !p.toDate.isValid())
            continue;
        if (stateIndex(p.state) == state)
            out.push_back(it.value());
    }
    // The multi-hash gives its values newest first; the dictionary's order is the stable one.
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<int> GazetteerData::personOffices(const QString& name) const
{
    const int any = personEntry(name, QDate());
    if (any < 0)
        return {};
    const QString key = foldKey(people[std::size_t(any)].name);
    std::vector<int> out;
    for (auto it = personByName.constFind(key); it != personByName.constEnd() && it.key() == key; ++it)
        if (foldKey(people[std::size_t(it.value())].name) == key)
            out.push_back(it.value());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    std::stable_sort(out.begin(), out.end(), [&](int a, int b) {
        return people[std::size_t(a)].from < people[std::size_t(b)].from;
    });
    return out;
}

void GazetteerData::rebuildIndex()
{
    index.clear();
    indexFilter = {};
    stateByName.clear();
    titleByName.clear();
    orgByPlace.clear();
    personByName.clear();
    personByLooseName.clear();
    peopleByTitle.clear();
    auto add = [this](const QString& surface, PhraseKind kind, int entry, bool plural, bool capital) {
        const std::vector<Token> toks = tokenize(surface);
        if (toks.empty())
            return;
        Phrase p;
        p.kind = kind;
        p.entry = entry;
        p.plural = plural;
        p.capital = capital;
        for (const Token& t : toks) {
            if (t.kind == Token::Punct && t.punct == QLatin1Char('.'))
                continue;
            p.keys.push_back(t.key);
            quint8 need = 0;
            if (t.kind == Token::Word && kind != PhraseKind::Title) {
                if (t.allCaps && t.key.size() >= 2 && t.key.size() <= 5)
                    need = 2;
                else if (t.cap)
                    need = 1;
            } else if (t.kind == Token::Word && t.allCaps && t.key.size() >= 2 && t.key.size() <= 4) {
                need = 2;
            }
            p.caseNeed.push_back(need);
        }
        if (p.keys.empty())
            return;
        p.seal();
        std::vector<Phrase>& bucket = index[p.keys.front()];
        indexFilter.add(p.keys.front());
        for (const Phrase& q : bucket) {
            if (q.keys == p.keys && q.kind == p.kind && q.entry == p.entry)
                return;
        }
        bucket.push_back(std::move(p));
    };
    for (int i = 0; i < int(states.size()); ++i) {
        const StateEntry& s = states[std::size_t(i)];
        stateByName.insert(foldKey(s.name), i);
        add(s.name, PhraseKind::State, i, false, false);
        for (const QString& a : s.aliases) {
            add(a, PhraseKind::State, i, false, false);
            stateByName.insert(foldKey(a), i);
        }
        for (const QString& d : s.demonyms)
            add(d, PhraseKind::Demonym, i, false, false);
        for (int k = 0; k < s.places.size(); ++k)
            add(s.places[k], PhraseKind::Place, i, false, k == 0);
    }
    QSet<QString> present;
    for (const TitleEntry& t : titles) {
        present << foldKey(t.name);
        for (const QString& a : t.aliases)
            present << foldKey(a);
    }
    for (const char* g : kGenericTitles) {
        const QString name = QString::fromLatin1(g);
        if (!present.contains(foldKey(name)))
            titles.push_back(TitleEntry{name, {name.toLower()}, QStringLiteral("generic"), {}});
    }
    for (int i = 0; i < int(titles.size()); ++i) {
        TitleEntry& t = titles[std::size_t(i)];
        const QString lower = t.name.toLower();
        t.diplomat = t.category == QLatin1String("diplomat") ||
                     lower.contains(QLatin1String("ambassador")) || lower.contains(QLatin1String("envoy")) ||
                     lower.contains(QLatin1String("representative"));
        QStringList forms = t.aliases;
        forms.prepend(t.name);
        // "Members of the Presidency A and B": an alias whose head (its first word) is the
        // plural of the office's own head names a list
        const QString head = t.name.section(QLatin1Char(' '), 0, 0).toLower() + QLatin1Char('s');
        for (const QString& f : forms) {
            titleByName.insert(foldKey(f), i);
            add(f, PhraseKind::Title, i, f.contains(QLatin1Char(' ')) && f.section(QLatin1Char(' '), 0, 0).toLower() == head,
                false);
            // Plurals for lists: "presidents A and B", "Foreign Ministers A and B".
            const QString last = f.section(QLatin1Char(' '), -1);
            if (last.size() >= 3 && last.back().isLetter() && !last.endsWith(QLatin1Char('s')) &&
                t.category != QLatin1String("honorific")) {
                QString plural = f;
                // "Secretary" -> "Secretaries", but "Envoy" -> "Envoys", "Attorney" -> "Attorneys"
                const bool consonantY = last.endsWith(QLatin1Char('y')) &&
                                        !QStringLiteral("aeiou").contains(last.at(last.size() - 2).toLower());
                if (consonantY)
                    plural = plural.left(plural.size() - 1) + QStringLiteral("ies");
                else
                    plural += QLatin1Char('s');
                add(plural, PhraseKind::Title, i, true, false);
            }
        }
    }
    for (int i = 0; i < int(organizations.size()); ++i) {
        const OrganizationEntry& o = organizations[std::size_t(i)];
        add(o.name, PhraseKind::Organization, i, false, false);
        for (const QString& a : o.aliases)
            add(a, PhraseKind::Organization, i, false, false);
        for (const QString& p : o.places)
            orgByPlace.insert(foldKey(p), i);
    }
    for (int i = 0; i < int(agencies.size()); ++i) {
        const AgencyEntry& a = agencies[std::size_t(i)];
        add(a.name, PhraseKind::Agency, i, false, false);
        for (const QString& al : a.aliases)
            add(al, PhraseKind::Agency, i, false, false);
    }
    for (int i = 0; i < int(people.size()); ++i) {
        const PersonEntry& p = people[std::size_t(i)];
        add(p.name, PhraseKind::Person, i, false, false);
        personByName.insert(foldKey(p.name), i);
        personByLooseName.insert(looseNameKey(p.name), i);
        if (const int title = titleByName.value(foldKey(p.title), -1); title >= 0)
            peopleByTitle.insert(title, i);
        for (const QString& al : p.aliases) {
            add(al, PhraseKind::Person, i, false, false);
            personByName.insert(foldKey(al), i);
            personByLooseName.insert(looseNameKey(al), i);
        }
    }
    for (std::vector<Phrase>& bucket : index) {
        std::stable_sort(bucket.begin(), bucket.end(), [](const Phrase& a, const Phrase& b) {
            return a.keys.size() > b.keys.size();
        });
    }
}

Gazetteer::Gazetteer() : m_data(std::make_shared<GazetteerData>())
{
    m_data->rebuildIndex();
}
Gazetteer::~Gazetteer() = default;
Gazetteer::Gazetteer(const Gazetteer&) = default;
Gazetteer& Gazetteer::operator=(const Gazetteer&) = default;
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;

Gazetteer::Gazetteer(std::shared_ptr<GazetteerData> data) : m_data(std::move(data)) {}

Result<Gazetteer> Gazetteer::builtin()
{
    QFile image(QStringLiteral(":/parley/gazetteer.image"));
    if (image.open(QIODevice::ReadOnly)) {
        auto data = std::make_shared<GazetteerData>();
        // A program whose image does not read (another format) still has the files.
        if (readGazetteerImage(image.readAll(), *data))
            return Gazetteer(std::move(data));
    }
    return parseBuiltin();
}

Result<Gazetteer> Gazetteer::parseBuiltin()
{
    Gazetteer g;
    // States first: people rows refer to states by name.
    const QStringList order = {QStringLiteral("states.tsv"), QStringLiteral("regions.tsv"), QStringLiteral("titles.tsv"),
                               QStringLiteral("organizations.tsv"), QStringLiteral("agencies.tsv"),
                               QStringLiteral("people.tsv")};
    const QDir dir(QStringLiteral(":/parley/gazetteer"));
    QStringList files = dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
    std::stable_sort(files.begin(), files.end(), [&](const QString& a, const QString& b) {
        const qsizetype ia = order.indexOf(a), ib = order.indexOf(b);
        return (ia < 0 ? 99 : ia) < (ib < 0 ? 99 : ib);
    });
    if (files.isEmpty())
        return Error{dir.path(), QStringLiteral("no shipped dictionaries were compiled in"), 0};
    // One data set and one index build for all shipped files: building the index after each
    // file (as addDictionary() must) was most of Parley's start-up.
    // (From the empty gazetteer's data: its index build added the generic titles, which the
    // shipped titles then refine.)
    auto data = std::make_shared<GazetteerData>(*g.m_data);
    for (const QString& f : files) {
        QString content;
        const QString path = dir.filePath(f);
        Status s = readDataFile(path, content);
        if (s.ok())
            s = parseDictionary(content, path, *data, false);
        if (!s.ok())
            return s.error;
    }
    data->rebuildIndex();
    g.m_data = std::move(data);
    return g;
}

Status Gazetteer::addDictionary(const QString& path)
{
    QString content;
    Status read = readDataFile(path, content);
    if (!read.ok())
        return read;
    // Copy on write: other Gazetteer copies (and running extractors) keep their data.
    auto copy = std::make_shared<GazetteerData>(*m_data);
    Status parsed = parseDictionary(content, path, *copy);
    if (!parsed.ok())
        return parsed;
    m_data = std::move(copy);
    return Status::success();
}

Status Gazetteer::addDictionaryText(const QString& content, const QString& name)
{
    auto copy = std::make_shared<GazetteerData>(*m_data);
    Status parsed = parseDictionary(content, name, *copy);
    if (!parsed.ok())
        return parsed;
    m_data = std::move(copy);
    return Status::success();
}

QString Gazetteer::userDictionaryDirectory()
{
    // One folder for the GUI and the CLI alike ($XDG_CONFIG_HOME/parley/dictionaries), not a
    // per-application one, so a dictionary added once serves both.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/parley/dictionaries");
}

std::vector<Error> Gazetteer::addUserDictionaries(const QString& directory)
{
    std::vector<Error> errors;
    const QDir dir(directory.isEmpty() ? userDictionaryDirectory() : directory);
    if (!dir.exists())
        return errors;
    for (const QString& f : dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name)) {
        const Status s = addDictionary(dir.filePath(f));
        if (!s.ok())
            errors.push_back(s.error);
    }
    return errors;
}

} // namespace parley
