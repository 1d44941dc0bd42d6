// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusgen.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <set>
#include <string_view>

namespace parley::bench {

namespace {

// SplitMix64: tiny, fast and fully specified, so a seed means the same corpus everywhere
// (std::uniform_int_distribution is implementation-defined and would not be).
class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }
    int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::size_t>(hi - lo + 1))); }
    bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }
    template <typename C>
    const auto& pick(const C& c) { return c[below(std::size(c))]; }

private:
    std::uint64_t m_state;
};

std::uint64_t mix(std::uint64_t a, std::uint64_t b)
{
    Rng r(a * 0x2545f4914f6cdd1dULL ^ (b + 0x632be59bd9b4e019ULL));
    r.next();
    return r.next();
}

const RosterState kStates[] = {
#include "corpusgen_states.inc"
};

constexpr std::array kMaleFirst{
    "Ahmed", "Alexei", "Andrzej", "Carlos", "Chen", "Dmitri", "Emre", "Farid", "Gustavo",
    "Hassan", "Hiroshi", "Ivan", "Jean-Pierre", "Jonas", "Kwame", "Lars", "Luis", "Marek",
    "Mehmet", "Michael", "Nikolai", "Olusegun", "Pedro", "Rahul", "Ravi", "Sergei", "Stefan",
    "Tomas", "Viktor", "Wei", "Yusuf", "Zoran", "José", "Søren", "Ömer", "Abdullah", "Kenji",
    "Mateus", "Omar", "Rashid"};
constexpr std::array kFemaleFirst{
    "Amira", "Ana", "Anna", "Beatriz", "Chiara", "Elena", "Fatima", "Grace", "Hanna", "Ingrid",
    "Irina", "Julia", "Katarzyna", "Leila", "Lucia", "Maria", "Mei", "Nadia", "Nkechi",
    "Olena", "Priya", "Sara", "Sofia", "Yasmin", "Zeynep", "Agnès", "Małgorzata", "Annalena",
    "Keiko", "Rania"};
constexpr std::array kSyllables{
    "ka", "ri", "mo", "ve", "lan", "dor", "shi", "ba", "nu", "te", "gor", "vi", "sa", "el",
    "ro", "min", "ta", "zu", "per", "ko", "la", "den", "fa", "hu", "os", "mar", "bel", "tur",
    "ne", "ya", "dra", "go", "li", "sem", "ha", "kir", "po", "van", "mu", "re"};
constexpr std::array kEndings{
    "ov", "ez", "ski", "ani", "enko", "ides", "sson", "ura", "ami", "elli", "ou", "ić", "ada",
    "yan", "oglu", "ara", "eira", "berg", "i", "o", "a", "in", "ek", "ema", "ola"};

struct TitleSpec
{
    const char* title;
    const char* lower;
    int weight; ///< how often an article leads with an official of this rank
};
// Rank 0 is the head of state or government, the others are ministers; counterparts meet
// counterparts, as they do in the news.
constexpr std::array kRanks{
    TitleSpec{"President", "president", 30},
    TitleSpec{"Foreign Minister", "foreign minister", 35},
    TitleSpec{"Defense Minister", "defense minister", 15},
    TitleSpec{"Finance Minister", "finance minister", 12},
    TitleSpec{"Prime Minister", "prime minister", 8},
};

constexpr std::array kWeekdays{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                               "Saturday"};
constexpr std::array kMonths{"January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"};
// AP style: the short months are never abbreviated.
constexpr std::array kMonthAbbr{"Jan.", "Feb.", "March", "April", "May", "June", "July",
                                "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};
constexpr std::array kOrdinals{"second", "third", "fourth", "fifth", "sixth"};
constexpr std::array kAgencies{"Reuters", "AFP", "the Associated Press", "state media",
                               "the official news agency"};
constexpr std::array kTopics{
    "trade and investment", "energy security", "regional security", "the conflict in the region",
    "climate change", "migration", "counter-terrorism cooperation", "grain exports",
    "nuclear energy", "debt relief", "visa rules", "maritime security", "arms control",
    "infrastructure financing", "public health"};
constexpr std::array kSectors{"energy", "agriculture", "transport", "defense", "education",
                              "tourism", "digital technology", "mining"};
constexpr std::array kIssues{
    "water rights", "a disputed border crossing", "fishing quotas", "the detention of a journalist",
    "tariffs on steel", "gas transit fees", "refugee returns"};
constexpr std::array kCommodities{"wheat", "maize", "rice", "soybeans", "cotton", "coffee"};
constexpr std::array kUniversities{"National University", "Institute for Strategic Studies",
                                   "Center for Economic Research", "School of Economics"};

using Templates = std::initializer_list<const char*>;

const Templates kMeetingLeads{
    "{A.dem} {A.title} {A.full} met {B.dem} {B.title} {B.full} in {place} on {day}, {agency} reported.",
    "{A.full}, {A.state}'s {A.tlc}, held talks with {B.dem} {B.title} {B.full} in {place} on {day}.",
    "{B.dem} {B.title} {B.full} received {A.dem} {A.title} {A.full} in {place} on {day} for talks on {topic}.",
    "{A.title} {A.full} of {A.state} arrived in {place} on {day} for a two-day visit and met {B.title} {B.full}.",
    "{A.dem} {A.title} {A.full} and {B.dem} counterpart {B.full} met in {place} on {day} to discuss {topic}.",
};
const Templates kPhoneLeads{
    "{A.dem} {A.title} {A.full} spoke by phone with {B.dem} {B.title} {B.full} on {day}, {A.his} office said.",
    "{A.full}, {A.state}'s {A.tlc}, held a telephone conversation with {B.dem} counterpart {B.full} on {day}.",
    "{B.dem} {B.title} {B.full} and {A.dem} {A.title} {A.full} discussed {topic} in a phone call on {day}.",
    "{A.title} {A.full} of {A.state} and {B.title} {B.full} of {B.state} held a video call on {day}, {agency} reported.",
};
const Templates kSummitLeads{
    "Leaders of {A.state}, {B.state} and {C.state} met in {place} on {day} for a trilateral summit on {topic}.",
    "{C.dem} {C.title} {C.full} hosted {A.dem} {A.title} {A.full} and {B.dem} {B.title} {B.full} in {place} on {day}.",
};
const Templates kPlannedLeads{
    "{A.dem} {A.title} {A.full} will travel to {place} next week for talks with {B.dem} {B.title} {B.full}, officials said on {day}.",
    "{A.full}, {A.state}'s {A.tlc}, is expected to meet {B.dem} counterpart {B.full} in {place} later this month.",
    "{B.dem} officials said on {day} that a planned meeting between {A.title} {A.full} and {B.title} {B.full} in {place} had been postponed.",
};
const Templates kStatementLeads{
    "{A.dem} {A.title} {A.full} said on {day} that {A.state} would raise spending on {sector} by {pct}.",
    "{A.full}, {A.state}'s {A.tlc}, warned on {day} that {issue} could hurt relations with {B.state}.",
    "{A.dem} {A.title} {A.full} announced a package of measures worth {bn} on {day}.",
};

const Templates kMeetingTitles{"{A.dem} {A.tlc} visits {B.cap} for talks with {B.sur}",
                               "{A.sur}, {B.sur} discuss {topic} in {place}",
                               "{A.state} and {B.state} pledge closer ties"};
const Templates kPhoneTitles{"{A.sur} and {B.sur} discuss {topic} by phone",
                             "{A.state}, {B.state} leaders hold call"};
const Templates kSummitTitles{"{A.state}, {B.state} and {C.state} hold summit in {place}"};
const Templates kPlannedTitles{"{A.sur} to visit {B.cap}", "{A.state}-{B.state} talks planned"};
const Templates kStatementTitles{"{A.state} unveils measures on {sector}",
                                 "{A.sur} warns over {issue}"};

const Templates kMeetingFollow{
    "The two sides discussed {topic} and {topic2}, according to a statement from {B.state}'s foreign ministry.",
    "\"We had a frank and constructive exchange on {topic},\" {A.sur} told reporters after the talks.",
    "{A.He} said {A.state} was ready to expand cooperation with {B.state} in {sector}.",
    "{B.sur} described the talks as \"productive\" and said {B.he} hoped to visit {A.cap} before the end of the year.",
    "It was {A.his} {ordinal} visit to {B.state} since taking office in {year}.",
    "{A.sur} also met representatives of {B.dem} business groups, {agency} reported.",
    "The visit comes {d} weeks after {A.sur} held talks with {C.dem} {C.title} {C.full} in {C.cap}.",
    "Later on {day}, {A.sur} met {D.dem} {D.title} {D.full}, the ministry said.",
    "{A.sur} and {B.sur} signed {d} agreements on {sector}, {agency} said.",
    "Asked about {issue}, {B.sur} said {B.he} would not comment on \"speculation.\"",
    "{A.He} is due to travel on to {C.cap} on {day2}.",
};
const Templates kPhoneFollow{
    "During the call, the two discussed {topic}, {A.his} office said in a statement.",
    "{B.sur} thanked {A.sur} for {A.state}'s support, the {B.dem} foreign ministry said.",
    "It was the {ordinal} call between the two since {month} {year}.",
    "{A.He} also invited {B.sur} to visit {A.cap}, according to the statement.",
    "\"We agreed to stay in close contact on {topic},\" {A.sur} wrote on social media after the call.",
    "{B.He} briefed {A.sur} on {issue}, the statement said.",
};
const Templates kSummitFollow{
    "The three leaders discussed {topic}, according to a joint statement released after the meeting.",
    "{C.sur}, who hosted the talks, said the next summit would be held in {A.cap} in {nextyear}.",
    "{B.sur} called the meeting \"a turning point\" for the region.",
    "{A.sur} and {B.sur} also held a separate bilateral meeting on the sidelines, {agency} reported.",
    "{A.He} said the three states would set up a working group on {sector}.",
};
const Templates kPlannedFollow{
    "The trip will be {A.his} first to {B.state} since {year}, officials said.",
    "{A.sur} and {B.sur} are expected to discuss {topic}.",
    "A spokesman for {B.sur} said preparations for the visit were under way.",
    "The two last met in {C.cap} in {month} {year}.",
    "{A.He} will also meet {D.dem} {D.title} {D.full} during the visit, diplomats said.",
};
const Templates kStatementFollow{
    "{A.sur} made the remarks at a news conference in {A.cap}.",
    "{A.He} did not say when the measures would take effect.",
    "Critics said the plan would add {bn} to the budget deficit.",
    "\"This is a decisive moment for our country,\" {A.sur} said.",
    "{B.dem} officials did not immediately respond to a request for comment.",
};
const Templates kFiller{
    "Bilateral trade reached {bn} last year, up {pct} from {year}, according to official figures.",
    "Inflation in {A.state} slowed to {pct} in {month}, the central bank said.",
    "The International Monetary Fund expects the economy to grow {pct} in {nextyear}.",
    "The U.S. Federal Reserve held interest rates steady at its last meeting, a decision watched closely in {B.cap}.",
    "Some {n} troops remain deployed along the border, the Defense Ministry said on {day2}.",
    "The agreement, signed on {mon}, covers energy, transport and agriculture.",
    "Dr. {expert}, an economist at the {univ}, said the figures were \"encouraging but fragile.\"",
    "The talks come amid tensions over {issue}, which have strained ties since {year}.",
    "Police said {n} people were detained in {A.cap} and two other cities after protests on {day2}.",
    "The U.N. Security Council is scheduled to discuss the situation at 10 a.m. on {day2}.",
    "Exports of {commodity} rose to {d}.{d} million tonnes in the first half of the year.",
    "Gross domestic product grew {pct} in the third quarter, data released on {mon} showed.",
    "The currency has lost about {pct} of its value against the U.S. dollar since {month}.",
    "A joint military exercise involving some {n} personnel is planned for {month}.",
    "Unemployment stood at {pct} at the end of {year}, according to the statistics office.",
    "Opposition lawmakers have called for a parliamentary inquiry into the deal.",
    "The E.U. has pledged {bn} in aid over the next {d} years.",
    "Energy prices rose {pct} in the year to {month}, driven by higher fuel costs.",
    "About {n},{n3} refugees crossed the border last month, the U.N. refugee agency said.",
    "A spokesman for {D.hon} {D.sur} said the country's debt stood at {pct} of GDP.",
};

enum class Kind { Meeting, Phone, Summit, Planned, Statement };

std::string capitalized(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

/// Everything one article's templates refer to. Numeric keys draw fresh values on each use,
/// so repeated templates still read as different sentences.
struct ArticleContext
{
    const CorpusGenerator* gen = nullptr;
    Rng* rng = nullptr;
    std::array<std::size_t, 4> roles{}; ///< officials A, B, C, D
    std::string place, day, day2, topic, topic2, agency;
    int year = 2019; ///< year of the article

    std::string role(std::size_t r, std::string_view field) const
    {
        const RosterOfficial& o = gen->officials()[roles[r]];
        const RosterState& s = gen->states()[o.state];
        if (field == "full") return o.fullName();
        if (field == "sur") return capitalized(o.surname);
        if (field == "title") return o.title;
        if (field == "tlc") {
            for (const TitleSpec& t : kRanks)
                if (o.title == t.title) return t.lower;
            return o.title;
        }
        if (field == "dem") return s.demonym;
        if (field == "state") return s.name;
        if (field == "cap") return s.capital;
        if (field == "he") return o.female ? "she" : "he";
        if (field == "He") return o.female ? "She" : "He";
        if (field == "his") return o.female ? "her" : "his";
        if (field == "hon") return o.female ? "Ms." : "Mr.";
        return {};
    }

    std::string key(std::string_view k)
    {
        if (k.size() > 2 && k[1] == '.' && k[0] >= 'A' && k[0] <= 'D')
            return role(static_cast<std::size_t>(k[0] - 'A'), k.substr(2));
        char buf[64];
        if (k == "place") return place;
        if (k == "day") return day;
        if (k == "day2") return day2;
        if (k == "topic") return topic;
        if (k == "topic2") return topic2;
        if (k == "agency") return agency;
        if (k == "sector") return rng->pick(kSectors);
        if (k == "issue") return rng->pick(kIssues);
        if (k == "commodity") return rng->pick(kCommodities);
        if (k == "univ") return rng->pick(kUniversities);
        if (k == "ordinal") return rng->pick(kOrdinals);
        if (k == "month") return rng->pick(kMonths);
        if (k == "year") return std::to_string(year - 1 - rng->between(0, 4));
        if (k == "nextyear") return std::to_string(year + 1);
        if (k == "d") return std::to_string(rng->between(2, 9));
        if (k == "n") return std::to_string(rng->between(20, 990));
        if (k == "n3") {
            std::snprintf(buf, sizeof buf, "%03d", rng->between(0, 999));
            return buf;
        }
        if (k == "pct") {
            std::snprintf(buf, sizeof buf, "%d.%d%%", rng->between(0, 19), rng->between(1, 9));
            return buf;
        }
        if (k == "bn") {
            std::snprintf(buf, sizeof buf, "$%d.%d billion", rng->between(1, 60), rng->between(1, 9));
            return buf;
        }
        if (k == "mon") return std::string(rng->pick(kMonthAbbr)) + ' ' + std::to_string(rng->between(1, 28));
        if (k == "expert") {
            const bool female = rng->chance(50);
            std::string first = female ? rng->pick(kFemaleFirst) : rng->pick(kMaleFirst);
            std::string sur = capitalized(std::string(rng->pick(kSyllables)) + rng->pick(kEndings));
            return first + ' ' + sur;
        }
        return '{' + std::string(k) + '}';
    }

    std::string expand(std::string_view tpl)
    {
        std::string out;
        out.reserve(tpl.size() + 64);
        for (std::size_t i = 0; i < tpl.size(); ++i) {
            if (tpl[i] != '{') {
                out += tpl[i];
                continue;
            }
            const std::size_t close = tpl.find('}', i);
            out += key(tpl.substr(i + 1, close - i - 1));
            i = close;
        }
        return out;
    }

    std::string expandAny(const Templates& pool)
    {
        return expand(*(pool.begin() + rng->below(pool.size())));
    }

    /// Like expandAny(), but each template of the pool at most once per article (a story
    /// does not tell the same thing twice); empty when the pool is used up.
    std::string expandUnused(const Templates& pool, std::uint64_t& used)
    {
        std::size_t left = 0;
        for (std::size_t i = 0; i < pool.size(); ++i)
            left += (used >> i & 1) == 0;
        if (left == 0)
            return {};
        std::size_t n = rng->below(left);
        for (std::size_t i = 0; i < pool.size(); ++i) {
            if ((used >> i & 1) == 0 && n-- == 0) {
                used |= std::uint64_t(1) << i;
                return expand(*(pool.begin() + i));
            }
        }
        return {};
    }
};

std::string makeSurname(Rng& rng)
{
    std::string s = rng.pick(kSyllables);
    if (rng.chance(60))
        s += rng.pick(kSyllables);
    s += rng.pick(kEndings);
    s = capitalized(std::move(s));
    // Arabic-style particles stay lower case in running text, as in "al-Shaibani".
    if (rng.chance(6))
        s = "al-" + s;
    return s;
}

} // namespace

CorpusGenerator::CorpusGenerator(std::uint64_t seed) : m_seed(seed)
{
    m_states.assign(std::begin(kStates), std::end(kStates));
    Rng rng(mix(seed, 0xC0FFEE));
    std::set<std::string> surnames;
    m_officialsOfState.resize(m_states.size());
    for (std::size_t s = 0; s < m_states.size(); ++s) {
        // About a third of the states have both a president and a prime minister.
        const std::size_t ranks = rng.chance(33) ? kRanks.size() : kRanks.size() - 1;
        for (std::size_t r = 0; r < ranks; ++r) {
            RosterOfficial o;
            o.female = rng.chance(30);
            o.first = o.female ? rng.pick(kFemaleFirst) : rng.pick(kMaleFirst);
            do {
                o.surname = makeSurname(rng);
            } while (!surnames.insert(o.surname).second);
            o.title = kRanks[r].title;
            o.state = s;
            m_officialsOfState[s].push_back(m_officials.size());
            m_officials.push_back(std::move(o));
        }
    }
    // Zipf-like popularity over a seed-dependent order: a few states fill most of the news.
    std::vector<std::size_t> order(m_states.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[rng.below(i)]);
    std::vector<std::uint64_t> weight(m_states.size());
    for (std::size_t rank = 0; rank < order.size(); ++rank)
        weight[order[rank]] = 1000000 / (rank + 4);
    std::uint64_t total = 0;
    for (std::uint64_t w : weight)
        m_stateWeights.push_back(total += w);
}

Article CorpusGenerator::article(std::uint64_t index) const
{
    using namespace std::chrono;
    Rng rng(mix(m_seed, index + 1));
    const auto pickState = [&](std::initializer_list<std::size_t> avoid) {
        for (;;) {
            const std::uint64_t r = rng.next() % m_stateWeights.back();
            std::size_t lo = 0, hi = m_stateWeights.size() - 1;
            while (lo < hi) {
                const std::size_t mid = (lo + hi) / 2;
                if (m_stateWeights[mid] > r) hi = mid; else lo = mid + 1;
            }
            bool clash = false;
            for (std::size_t a : avoid)
                clash = clash || a == lo;
            if (!clash)
                return lo;
        }
    };
    const auto officialOf = [&](std::size_t state, std::size_t rank) {
        const auto& list = m_officialsOfState[state];
        return list[rank < list.size() ? rank : 0];
    };

    const int k = rng.between(0, 99);
    const Kind kind = k < 45 ? Kind::Meeting : k < 65 ? Kind::Phone : k < 75 ? Kind::Summit
                    : k < 87 ? Kind::Planned : Kind::Statement;

    std::size_t rank = 0;
    {
        int w = rng.between(0, 99);
        while (rank + 1 < kRanks.size() && w >= kRanks[rank].weight) {
            w -= kRanks[rank].weight;
            ++rank;
        }
    }
    const std::size_t sA = pickState({});
    const std::size_t sB = pickState({sA});
    const std::size_t sC = pickState({sA, sB});

    ArticleContext ctx;
    ctx.gen = this;
    ctx.rng = &rng;
    const std::size_t a = officialOf(sA, rank);
    // Summits are for leaders; otherwise counterparts of the same rank meet.
    const std::size_t peerRank = kind == Kind::Summit ? 0 : rank;
    ctx.roles = {a, officialOf(sB, peerRank), officialOf(sC, peerRank),
                 officialOf(sB, (peerRank + 1 + rng.below(3)) % 4)};

    // About forty articles a day from 2019 on; events happen up to three days before the story.
    const sys_days published = sys_days(year{2019} / January / 1) + days(static_cast<int>(index / 40));
    const sys_days event = published - days(rng.between(0, 3));
    const year_month_day ymd(published);
    ctx.year = static_cast<int>(ymd.year());
    ctx.day = kWeekdays[weekday(event).c_encoding()];
    ctx.day2 = kWeekdays[weekday(event + days(rng.between(1, 6))).c_encoding()];
    ctx.topic = rng.pick(kTopics);
    do {
        ctx.topic2 = rng.pick(kTopics);
    } while (ctx.topic2 == ctx.topic);
    ctx.agency = rng.pick(kAgencies);
    ctx.place = kind == Kind::Summit || rng.chance(15) ? m_states[sC].capital : m_states[sB].capital;

    const Templates* leads = &kMeetingLeads;
    const Templates* titles = &kMeetingTitles;
    const Templates* follow = &kMeetingFollow;
    switch (kind) {
    case Kind::Meeting: break;
    case Kind::Phone: leads = &kPhoneLeads; titles = &kPhoneTitles; follow = &kPhoneFollow; break;
    case Kind::Summit: leads = &kSummitLeads; titles = &kSummitTitles; follow = &kSummitFollow; break;
    case Kind::Planned: leads = &kPlannedLeads; titles = &kPlannedTitles; follow = &kPlannedFollow; break;
    case Kind::Statement:
        leads = &kStatementLeads; titles = &kStatementTitles; follow = &kStatementFollow; break;
    }

    Article art;
    art.title = ctx.expandAny(*titles);
    char date[16];
    std::snprintf(date, sizeof date, "%04d-%02u-%02u", ctx.year, static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    art.date = date;
    art.source = "Parley Wire";
    art.url = "https://news.invalid/" + std::to_string(ctx.year) + "/a" + std::to_string(index + 1);

    std::string text = ctx.expandAny(*leads);
    if (kind == Kind::Summit)
        text += ' ' + ctx.expand("{A.dem} {A.title} {A.full}, {B.dem} {B.title} {B.full} and "
                                 "{C.dem} {C.title} {C.full} signed a joint declaration on {topic2}.");
    std::size_t words = wordCount(text);
    const std::size_t target = 150 + rng.below(451);
    std::size_t inParagraph = 0;
    std::size_t sentences = 0;
    std::uint64_t usedFollow = 0, usedFiller = 0;
    while (words < target) {
        // The story's own follow-ups come first, background and figures later, as in wire copy.
        const bool useFollow = sentences < 3 || rng.chance(35);
        std::string s = useFollow ? ctx.expandUnused(*follow, usedFollow) : std::string();
        if (s.empty())
            s = ctx.expandUnused(kFiller, usedFiller);
        if (s.empty()) // long article: figures may come back, with other numbers
            s = ctx.expandAny(kFiller);
        const std::size_t w = wordCount(s);
        if (words + w > 600)
            break;
        if (inParagraph == 0 || inParagraph >= static_cast<std::size_t>(rng.between(1, 3))) {
            text += "\n\n";
            inParagraph = 0;
        } else {
            text += ' ';
        }
        text += s;
        words += w;
        ++inParagraph;
        ++sentences;
    }
    art.text = std::move(text);
    return art;
}

namespace {

void appendJsonString(std::string& out, std::string_view s)
{
    out += '"';
    for (char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
                out += buf;
            } else {
                out += c; // UTF-8 passes through unchanged
            }
        }
    }
    out += '"';
}

} // namespace

std::string toJsonLine(const Article& article)
{
    std::string out;
    out.reserve(article.text.size() + 256);
    out += "{\"title\":";
    appendJsonString(out, article.title);
    out += ",\"date\":";
    appendJsonString(out, article.date);
    out += ",\"source\":";
    appendJsonString(out, article.source);
    out += ",\"url\":";
    appendJsonString(out, article.url);
    out += ",\"text\":";
    appendJsonString(out, article.text);
    out += "}\n";
    return out;
}

std::string toTextFile(const Article& article)
{
    return "Title: " + article.title + "\nDate: " + article.date + "\n\n" + article.text + '\n';
}

std::size_t wordCount(const std::string& text)
{
    std::size_t n = 0;
    bool inWord = false;
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (!space && !inWord)
            ++n;
        inWord = !space;
    }
    return n;
}

} // namespace parley::bench
