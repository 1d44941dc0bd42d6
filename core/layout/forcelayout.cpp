// SPDX-License-Identifier: GPL-3.0-or-later
// Multilevel spring-electrical layout with a sparse stress polish.
//
// Per connected component:
//  1. Coarsening (Hu 2005, section 4): repeated matchings in order of increasing degree; when
//     a matching stalls (stars, hubs) unmatched nodes join a neighbour's group, in the spirit
//     of the solar-system merger of FM^3 (Hachul, Juenger 2004).
//  2. The coarsest graph starts from seeded random positions; every level is relaxed with the
//     spring-electrical model (attraction d^2/K along edges, repulsion C K^2/d between all
//     pairs, approximated with a Barnes-Hut quadtree) and Hu's adaptive step length.
//  3. Prolongation: a fine node starts at its group's position, scaled so the area grows
//     with the node count, plus a small seeded jitter that breaks symmetry.
//  4. Polish: sparse stress majorization in the spirit of Ortmann, Klimenta, Brandes 2016
//     ("A sparse stress model") on the finest level: graph neighbours, a few sampled 2-hop
//     pairs, and a uniform random sample of pivots whose terms, weighted up, estimate the
//     terms of all far pairs. Small components use the full stress (all pairs).
//     Spring-electrical layouts shrink the periphery and blow up hubs; the polish makes
//     drawn distances follow hop distances, which is what a reader compares.
// Components are then packed on shelves, largest first.
//
// Determinism: all randomness comes from splitmix64 streams derived from the seed and the
// component's smallest node id; parallel sweeps compute each node's update from the previous
// positions only and reduce in a fixed order, so thread count never changes the result.
#include "layout/forcelayout.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <thread>

namespace parley {

namespace {

struct Vec
{
    double x = 0.0;
    double y = 0.0;
};
inline Vec operator+(Vec a, Vec b) { return {a.x + b.x, a.y + b.y}; }
inline Vec operator-(Vec a, Vec b) { return {a.x - b.x, a.y - b.y}; }
inline Vec operator*(Vec a, double s) { return {a.x * s, a.y * s}; }
inline double norm2(Vec a) { return a.x * a.x + a.y * a.y; }
inline double norm(Vec a) { return std::sqrt(norm2(a)); }

// splitmix64: tiny, fast, and identical on every platform (std distributions are not).
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
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    int below(int n) { return int(next() % std::uint64_t(n)); }

private:
    std::uint64_t m_state;
};

std::uint64_t mixSeed(std::uint64_t a, std::uint64_t b)
{
    Rng r(a * 0x2545f4914f6cdd1dULL + b);
    r.next();
    return r.next();
}

// Spring-electrical constants (Hu 2005): K = 1 internally; C = 0.2 is Hu's choice, t the
// cooling factor of the adaptive step.
constexpr double kRepulsion = 0.2;
constexpr double kCooling = 0.9;
constexpr double kTheta = 0.9;        // Barnes-Hut opening criterion (cell size / distance)
constexpr int kCoarsestSize = 24;     // stop coarsening below this many nodes
constexpr int kFullStressMax = 300;   // components up to this size get all-pairs stress
constexpr int kPivots = 150;          // pivots of the sparse stress model
constexpr int kTwoHopSamples = 3;     // sampled distance-2 partners per node
constexpr int kParallelMin = 6000;    // smaller sweeps are not worth a thread

struct Csr
{
    int n = 0;
    std::vector<int> off; // n + 1
    std::vector<int> adj;
    int begin(int v) const { return off[std::size_t(v)]; }
    int end(int v) const { return off[std::size_t(v) + 1]; }
    int degree(int v) const { return end(v) - begin(v); }
    bool adjacent(int u, int v) const
    {
        return std::binary_search(adj.begin() + begin(u), adj.begin() + end(u), v);
    }
};

// Undirected CSR with sorted, duplicate-free rows and no self-loops.
Csr makeCsr(int n, const std::vector<std::pair<int, int>>& edges)
{
    Csr g;
    g.n = n;
    std::vector<int> deg(std::size_t(n) + 1, 0);
    for (const auto& [u, v] : edges) {
        if (u == v)
            continue;
        ++deg[std::size_t(u)];
        ++deg[std::size_t(v)];
    }
    g.off.assign(std::size_t(n) + 1, 0);
    for (int i = 0; i < n; ++i)
        g.off[std::size_t(i) + 1] = g.off[std::size_t(i)] + deg[std::size_t(i)];
    std::vector<int> fill(g.off.begin(), g.off.end() - 1);
    g.adj.resize(std::size_t(g.off.back()));
    for (const auto& [u, v] : edges) {
        if (u == v)
            continue;
        g.adj[std::size_t(fill[std::size_t(u)]++)] = v;
        g.adj[std::size_t(fill[std::size_t(v)]++)] = u;
    }
    // Sort and dedupe each row, compacting in place.
    int write = 0;
    for (int i = 0; i < n; ++i) {
        const auto b = g.adj.begin() + g.off[std::size_t(i)];
        const auto e = g.adj.begin() + g.off[std::size_t(i) + 1];
        std::sort(b, e);
        const auto last = std::unique(b, e);
        g.off[std::size_t(i)] = write;
        for (auto it = b; it != last; ++it)
            g.adj[std::size_t(write++)] = *it;
    }
    g.off[std::size_t(n)] = write;
    g.adj.resize(std::size_t(write));
    return g;
}

// Runs f(begin, end) over [0, n) split into `threads` contiguous chunks.
template<class F>
void parallelFor(int n, int threads, F&& f)
{
    if (threads <= 1 || n < kParallelMin) {
        f(0, n);
        return;
    }
    std::vector<std::jthread> workers;
    const int chunk = (n + threads - 1) / threads;
    for (int t = 1; t < threads; ++t) {
        const int b = std::min(n, t * chunk);
        const int e = std::min(n, b + chunk);
        workers.emplace_back([&f, b, e] { f(b, e); });
    }
    f(0, std::min(n, chunk));
}

// Barnes-Hut quadtree over unit-mass points. Cells are stored flat; children contiguous.
class QuadTree
{
public:
    void build(const std::vector<Vec>& pos)
    {
        const int n = int(pos.size());
        m_cells.clear();
        m_order.resize(std::size_t(n));
        std::iota(m_order.begin(), m_order.end(), 0);
        m_tmp.resize(std::size_t(n));
        double x0 = pos[0].x, y0 = pos[0].y, x1 = x0, y1 = y0;
        for (const Vec& p : pos) {
            x0 = std::min(x0, p.x);
            y0 = std::min(y0, p.y);
            x1 = std::max(x1, p.x);
            y1 = std::max(y1, p.y);
        }
        const double size = std::max(x1 - x0, y1 - y0) * 1.000001 + 1e-9;
        m_cells.push_back(Cell{{}, 0.0, size, 0, n, 0, 0});
        buildCell(0, x0, y0, 0, pos);
    }

    // Repulsive spring-electrical force on point i at p (K = 1), without the constant C.
    Vec repulsion(int i, Vec p, const std::vector<Vec>& pos) const
    {
        Vec f;
        int stack[256];
        int sp = 0;
        stack[sp++] = 0;
        while (sp > 0) {
            const Cell& c = m_cells[std::size_t(stack[--sp])];
            if (c.childCount == 0) {
                for (int k = c.first; k < c.first + c.count; ++k) {
                    const int j = m_order[std::size_t(k)];
                    if (j == i)
                        continue;
                    Vec d = p - pos[std::size_t(j)];
                    double d2 = norm2(d);
                    if (d2 < 1e-18) {
                        // Coincident points: push apart along a direction fixed by the ids.
                        d = Vec{i < j ? 1e-3 : -1e-3, (i ^ j) & 1 ? 1e-3 : -1e-3};
                        d2 = norm2(d);
                    }
                    f = f + d * (1.0 / d2);
                }
                continue;
            }
            const Vec d = p - c.com;
            const double d2 = norm2(d);
            if (c.size * c.size < kTheta * kTheta * d2) {
                f = f + d * (c.mass / d2);
            } else {
                for (int k = 0; k < c.childCount; ++k)
                    stack[sp++] = c.child + k;
            }
        }
        return f;
    }

private:
    struct Cell
    {
        Vec com;
        double mass;
        double size;
        int first;
        int count;
        int child;
        int childCount;
    };

    void buildCell(int ci, double x0, double y0, int depth, const std::vector<Vec>& pos)
    {
        const int first = m_cells[std::size_t(ci)].first;
        const int count = m_cells[std::size_t(ci)].count;
        const double size = m_cells[std::size_t(ci)].size;
        if (count <= 8 || depth >= 48) {
            Vec s;
            for (int k = first; k < first + count; ++k)
                s = s + pos[std::size_t(m_order[std::size_t(k)])];
            m_cells[std::size_t(ci)].com = s * (1.0 / count);
            m_cells[std::size_t(ci)].mass = count;
            return;
        }
        const double half = size / 2;
        const double mx = x0 + half;
        const double my = y0 + half;
        int counts[4] = {0, 0, 0, 0};
        auto quadrant = [&](int j) {
            const Vec& p = pos[std::size_t(j)];
            return (p.x >= mx ? 1 : 0) + (p.y >= my ? 2 : 0);
        };
        for (int k = first; k < first + count; ++k)
            ++counts[quadrant(m_order[std::size_t(k)])];
        int starts[4];
        starts[0] = first;
        for (int q = 1; q < 4; ++q)
            starts[q] = starts[q - 1] + counts[q - 1];
        int cursor[4] = {starts[0], starts[1], starts[2], starts[3]};
        for (int k = first; k < first + count; ++k) {
            const int j = m_order[std::size_t(k)];
            m_tmp[std::size_t(cursor[quadrant(j)]++)] = j;
        }
        std::copy(m_tmp.begin() + first, m_tmp.begin() + first + count, m_order.begin() + first);
        const int child = int(m_cells.size());
        int childCount = 0;
        int quadOf[4];
        for (int q = 0; q < 4; ++q) {
            if (counts[q] == 0)
                continue;
            quadOf[childCount++] = q;
            m_cells.push_back(Cell{{}, 0.0, half, starts[q], counts[q], 0, 0});
        }
        m_cells[std::size_t(ci)].child = child;
        m_cells[std::size_t(ci)].childCount = childCount;
        Vec s;
        for (int k = 0; k < childCount; ++k) {
            const int q = quadOf[k];
            buildCell(child + k, q & 1 ? mx : x0, q & 2 ? my : y0, depth + 1, pos);
            const Cell& c = m_cells[std::size_t(child + k)];
            s = s + c.com * c.mass;
        }
        m_cells[std::size_t(ci)].com = s * (1.0 / count);
        m_cells[std::size_t(ci)].mass = count;
    }

    std::vector<Cell> m_cells;
    std::vector<int> m_order;
    std::vector<int> m_tmp;
};

struct Level
{
    Csr g;
    std::vector<int> toCoarse; // node -> node of the next coarser level (empty at the coarsest)
    double expand = 1.0;       // scale applied to coarser positions when prolonging to here
    std::vector<char> pinned;
    std::vector<Vec> pinPos;
};

// One coarsening pass; returns false if the graph did not shrink enough to be worth a level.
bool coarsen(const Csr& g, std::vector<int>& group, Csr& coarse)
{
    const int n = g.n;
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&g](int a, int b) { return g.degree(a) < g.degree(b); });
    group.assign(std::size_t(n), -1);
    std::vector<int> groupSize;
    int nc = 0;
    for (int u : order) {
        if (group[std::size_t(u)] >= 0)
            continue;
        // Match with the unmatched neighbour of least degree: merging two light nodes keeps
        // the coarse graph balanced, merging into hubs would make it a star.
        int best = -1;
        for (int k = g.begin(u); k < g.end(u); ++k) {
            const int v = g.adj[std::size_t(k)];
            if (group[std::size_t(v)] >= 0)
                continue;
            if (best < 0 || g.degree(v) < g.degree(best))
                best = v;
        }
        if (best >= 0) {
            group[std::size_t(u)] = group[std::size_t(best)] = nc++;
            groupSize.push_back(2);
        }
    }
    int unmatched = 0;
    for (int u = 0; u < n; ++u)
        unmatched += group[std::size_t(u)] < 0 ? 1 : 0;
    // Leaves always join their neighbour (their position follows from it); when the matching
    // stalls, every unmatched node joins its lightest neighbouring group.
    const bool stalled = nc + unmatched > 0.75 * n;
    for (int u : order) {
        if (group[std::size_t(u)] >= 0 || (!stalled && g.degree(u) != 1))
            continue;
        int best = -1;
        for (int k = g.begin(u); k < g.end(u); ++k) {
            const int gv = group[std::size_t(g.adj[std::size_t(k)])];
            if (gv >= 0 && (best < 0 || groupSize[std::size_t(gv)] < groupSize[std::size_t(best)]))
                best = gv;
        }
        if (best >= 0) {
            group[std::size_t(u)] = best;
            ++groupSize[std::size_t(best)];
        }
    }
    for (int u = 0; u < n; ++u) {
        if (group[std::size_t(u)] < 0)
            group[std::size_t(u)] = nc++;
    }
    if (nc > 0.9 * n || nc < 2)
        return false;
    std::vector<std::pair<int, int>> edges;
    edges.reserve(g.adj.size() / 2);
    for (int u = 0; u < n; ++u) {
        for (int k = g.begin(u); k < g.end(u); ++k) {
            const int v = g.adj[std::size_t(k)];
            const int a = group[std::size_t(u)];
            const int b = group[std::size_t(v)];
            if (u < v && a != b)
                edges.emplace_back(a, b);
        }
    }
    coarse = makeCsr(nc, edges);
    return true;
}

void bfs(const Csr& g, int source, std::vector<int>& dist, std::vector<int>& queue)
{
    dist.assign(std::size_t(g.n), -1);
    queue.clear();
    dist[std::size_t(source)] = 0;
    queue.push_back(source);
    for (std::size_t h = 0; h < queue.size(); ++h) {
        const int u = queue[h];
        for (int k = g.begin(u); k < g.end(u); ++k) {
            const int v = g.adj[std::size_t(k)];
            if (dist[std::size_t(v)] < 0) {
                dist[std::size_t(v)] = dist[std::size_t(u)] + 1;
                queue.push_back(v);
            }
        }
    }
}

// Terms of the (sparse) stress model of one component, in hop units.
struct StressModel
{
    std::vector<int> off; // explicit terms per node
    std::vector<int> other;
    std::vector<float> dist;
    std::vector<float> weight;
    int pivotCount = 0;
    int pivotsDone = 0; // pivots whose distances are known; the model is usable at pivotCount
    double pivotScale = 0; // each pivot term weighs pivotScale / d^2
    std::vector<int> pivots;
    std::vector<std::uint16_t> pivotDist; // node-major: [i * pivotCount + p]
    std::vector<double> pivotWeights;     // by hop distance: pivotScale / d^2
};

StressModel buildStressModel(const Csr& g, std::uint64_t seed)
{
    StressModel m;
    const int n = g.n;
    std::vector<int> dist;
    std::vector<int> queue;
    m.off.assign(std::size_t(n) + 1, 0);
    if (n <= kFullStressMax) {
        for (int i = 0; i < n; ++i) {
            bfs(g, i, dist, queue);
            for (int j = 0; j < n; ++j) {
                const int d = dist[std::size_t(j)];
                if (d <= 0)
                    continue;
                m.other.push_back(j);
                m.dist.push_back(float(d));
                m.weight.push_back(float(1.0 / (double(d) * d)));
            }
            m.off[std::size_t(i) + 1] = int(m.other.size());
        }
        return m;
    }
    Rng rng(seed);
    std::vector<int> chosen;
    for (int i = 0; i < n; ++i) {
        for (int k = g.begin(i); k < g.end(i); ++k) {
            m.other.push_back(g.adj[std::size_t(k)]);
            m.dist.push_back(1.0f);
            m.weight.push_back(1.0f);
        }
        // A few distance-2 partners keep nodes with the same neighbourhood (leaves of a hub)
        // from collapsing onto one point; sampled, because hubs have quadratically many.
        chosen.clear();
        if (g.degree(i) > 0) {
            for (int attempt = 0; attempt < 3 * kTwoHopSamples
                                  && int(chosen.size()) < kTwoHopSamples; ++attempt) {
                const int j = g.adj[std::size_t(g.begin(i) + rng.below(g.degree(i)))];
                if (g.degree(j) < 2)
                    continue;
                const int t = g.adj[std::size_t(g.begin(j) + rng.below(g.degree(j)))];
                if (t == i || g.adjacent(i, t)
                    || std::find(chosen.begin(), chosen.end(), t) != chosen.end())
                    continue;
                chosen.push_back(t);
                m.other.push_back(t);
                m.dist.push_back(2.0f);
                m.weight.push_back(0.25f);
            }
        }
        m.off[std::size_t(i) + 1] = int(m.other.size());
    }
    // Far pairs: a uniform random sample of pivots, each standing for (n - 1) / k nodes, so a
    // node's pivot terms are an unbiased estimate of its full stress terms. (Max-min pivots
    // with region weights, as in Ortmann et al., sit on the periphery and measured worse
    // against the all-pairs stress here.)
    const int k = std::min(n, kPivots);
    m.pivotCount = k;
    m.pivotScale = double(n - 1) / k;
    std::vector<int> perm(static_cast<std::size_t>(n));
    std::iota(perm.begin(), perm.end(), 0);
    for (int p = 0; p < k; ++p)
        std::swap(perm[std::size_t(p)], perm[std::size_t(p + rng.below(n - p))]);
    m.pivots.assign(perm.begin(), perm.begin() + k);
    m.pivotDist.resize(std::size_t(n) * std::size_t(k));
    return m;
}

// Distances from the next pivot (one BFS); the model is complete when every pivot has them.
// Split from buildStressModel so that a step stays bounded: at 100k nodes all BFS together
// take seconds. Returns the work done in spring node updates (a BFS visit is far cheaper).
int addPivotDistances(StressModel& m, const Csr& g)
{
    const int k = m.pivotCount;
    const int p = m.pivotsDone++;
    std::vector<int> dist;
    std::vector<int> queue;
    bfs(g, m.pivots[std::size_t(p)], dist, queue);
    for (int i = 0; i < g.n; ++i) {
        m.pivotDist[std::size_t(i) * std::size_t(k) + std::size_t(p)] =
            std::uint16_t(std::clamp(dist[std::size_t(i)], 0, 65535));
    }
    if (m.pivotsDone == k) {
        // Weight per hop distance; index 0 (the pivot itself, or unreachable) weighs nothing.
        const int far = m.pivotDist.empty()
            ? 0 : *std::max_element(m.pivotDist.begin(), m.pivotDist.end());
        m.pivotWeights.assign(std::size_t(far) + 1, 0.0);
        for (int d = 1; d <= far; ++d)
            m.pivotWeights[std::size_t(d)] = m.pivotScale / (double(d) * d);
    }
    return 1 + int((std::size_t(g.n) + g.adj.size()) / 40);
}

enum class Phase { Spring, Model, Polish, Done };

struct Component
{
    std::vector<int> nodes; // global ids, ascending
    std::vector<Level> levels;
    int level = 0;          // level being relaxed (levels.size() - 1 = coarsest)
    std::vector<Vec> pos;   // positions at that level, local coordinates (edge length ~ 1)
    std::vector<Vec> next;  // scratch for the Jacobi sweeps
    Phase phase = Phase::Done;
    int iteration = 0;
    double stepLength = 1.0;
    double energy = std::numeric_limits<double>::max();
    int improving = 0;
    bool hasModel = false;
    StressModel model;
    Vec offset;
    bool locked = false; // holds pinned nodes: its offset no longer follows the packing
    std::uint64_t seed = 0;
    QuadTree tree;
};

int maxSpringIterations(const Component& c)
{
    if (c.level == int(c.levels.size()) - 1)
        return 300;
    const int n = c.levels[std::size_t(c.level)].g.n;
    // Fine levels only need to untangle locally; the polish does the rest.
    return n > 20000 ? 30 : 50;
}

// The polish converges within a few dozen sweeps from the multilevel start; later sweeps
// change the stress by less than the sampling noise of the pivots.
constexpr int kMaxPolishIterations = 40;

} // namespace

QStringList layoutAlgorithmNames()
{
    return {QStringLiteral("multilevel"), QStringLiteral("spring"), QStringLiteral("single")};
}

std::optional<LayoutAlgorithm> layoutAlgorithmFromName(const QString& name)
{
    const int i = int(layoutAlgorithmNames().indexOf(name.toLower()));
    if (i < 0)
        return std::nullopt;
    return LayoutAlgorithm(i);
}

struct ForceLayout::Impl
{
    LayoutOptions options;
    int nodeCount = 0;
    std::vector<Component> components; // in packing order: largest first
    std::vector<int> componentOf;
    std::vector<int> localIndex;
    std::vector<char> pinned;
    std::vector<QPointF> positions;
    int done = 0;
    int cursor = 0;
    int steps = 0;

    void build(const LayoutGraph& graph);
    void advance();
    void initComponent(Component& c);
    void updatePins(Component& c);
    int iterate(Component& c);
    int springIteration(Component& c);
    int polishIteration(Component& c);
    void finishSpring(Component& c);
    void pack();
    void publish();
    double scale() const { return options.idealEdgeLength; }
};

void ForceLayout::Impl::build(const LayoutGraph& graph)
{
    nodeCount = std::max(0, graph.nodeCount);
    std::vector<std::pair<int, int>> edges;
    edges.reserve(graph.edges.size());
    for (const auto& [u, v] : graph.edges) {
        if (u >= 0 && v >= 0 && u < nodeCount && v < nodeCount && u != v)
            edges.emplace_back(u, v);
    }
    const Csr g = makeCsr(nodeCount, edges);

    componentOf.assign(std::size_t(nodeCount), -1);
    localIndex.assign(std::size_t(nodeCount), -1);
    std::vector<std::vector<int>> members;
    std::vector<int> queue;
    for (int s = 0; s < nodeCount; ++s) {
        if (componentOf[std::size_t(s)] >= 0)
            continue;
        const int id = int(members.size());
        queue.assign(1, s);
        componentOf[std::size_t(s)] = id;
        for (std::size_t h = 0; h < queue.size(); ++h) {
            const int u = queue[h];
            for (int k = g.begin(u); k < g.end(u); ++k) {
                const int v = g.adj[std::size_t(k)];
                if (componentOf[std::size_t(v)] < 0) {
                    componentOf[std::size_t(v)] = id;
                    queue.push_back(v);
                }
            }
        }
        std::sort(queue.begin(), queue.end());
        members.push_back(queue);
    }
    // Largest first (ties: smallest first node), which is also the packing order.
    std::vector<int> order(members.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&members](int a, int b) {
        return members[std::size_t(a)].size() > members[std::size_t(b)].size();
    });
    components.clear();
    components.resize(members.size());
    for (std::size_t ci = 0; ci < order.size(); ++ci) {
        Component& c = components[ci];
        c.nodes = std::move(members[std::size_t(order[ci])]);
        for (std::size_t k = 0; k < c.nodes.size(); ++k) {
            componentOf[std::size_t(c.nodes[k])] = int(ci);
            localIndex[std::size_t(c.nodes[k])] = int(k);
        }
        c.seed = mixSeed(options.seed, std::uint64_t(c.nodes.front()));
        std::vector<std::pair<int, int>> local;
        for (int u : c.nodes) {
            for (int k = g.begin(u); k < g.end(u); ++k) {
                const int v = g.adj[std::size_t(k)];
                if (u < v)
                    local.emplace_back(localIndex[std::size_t(u)], localIndex[std::size_t(v)]);
            }
        }
        Level finest;
        finest.g = makeCsr(int(c.nodes.size()), local);
        c.levels.push_back(std::move(finest));
        if (options.algorithm != LayoutAlgorithm::SingleLevel) {
            while (c.levels.back().g.n > kCoarsestSize) {
                Level coarse;
                if (!coarsen(c.levels.back().g, c.levels.back().toCoarse, coarse.g)) {
                    c.levels.back().toCoarse.clear();
                    break;
                }
                c.levels.back().expand =
                    std::sqrt(double(c.levels.back().g.n) / double(coarse.g.n));
                c.levels.push_back(std::move(coarse));
            }
        }
    }
    pinned.assign(std::size_t(nodeCount), 0);
    positions.assign(std::size_t(nodeCount), QPointF());
}

// Pinned nodes in local coordinates at every level: a coarse node holding pinned nodes sits
// at their mean, scaled down like the rest of its level.
void ForceLayout::Impl::updatePins(Component& c)
{
    Level& fine = c.levels.front();
    fine.pinned.assign(std::size_t(fine.g.n), 0);
    fine.pinPos.assign(std::size_t(fine.g.n), Vec{});
    for (std::size_t k = 0; k < c.nodes.size(); ++k) {
        const int v = c.nodes[k];
        if (!pinned[std::size_t(v)])
            continue;
        const QPointF p = positions[std::size_t(v)];
        fine.pinned[k] = 1;
        fine.pinPos[k] = Vec{(p.x() - c.offset.x) / scale(), (p.y() - c.offset.y) / scale()};
    }
    for (std::size_t l = 0; l + 1 < c.levels.size(); ++l) {
        const Level& f = c.levels[l];
        Level& co = c.levels[l + 1];
        co.pinned.assign(std::size_t(co.g.n), 0);
        co.pinPos.assign(std::size_t(co.g.n), Vec{});
        std::vector<int> count(std::size_t(co.g.n), 0);
        for (int v = 0; v < f.g.n; ++v) {
            if (!f.pinned[std::size_t(v)])
                continue;
            const int p = f.toCoarse[std::size_t(v)];
            co.pinned[std::size_t(p)] = 1;
            co.pinPos[std::size_t(p)] = co.pinPos[std::size_t(p)] + f.pinPos[std::size_t(v)];
            ++count[std::size_t(p)];
        }
        for (int p = 0; p < co.g.n; ++p) {
            if (count[std::size_t(p)] > 0)
                co.pinPos[std::size_t(p)] =
                    co.pinPos[std::size_t(p)] * (1.0 / (count[std::size_t(p)] * f.expand));
        }
    }
}

void ForceLayout::Impl::initComponent(Component& c)
{
    updatePins(c);
    c.level = int(c.levels.size()) - 1;
    const Level& top = c.levels.back();
    Rng rng(c.seed);
    const double side = std::sqrt(double(top.g.n)) * 1.5;
    c.pos.resize(std::size_t(top.g.n));
    for (int v = 0; v < top.g.n; ++v) {
        c.pos[std::size_t(v)] = top.pinned[std::size_t(v)]
            ? top.pinPos[std::size_t(v)]
            : Vec{(rng.uniform() - 0.5) * side, (rng.uniform() - 0.5) * side};
    }
    c.iteration = 0;
    c.stepLength = std::max(1.0, side / 4);
    c.energy = std::numeric_limits<double>::max();
    c.improving = 0;
    c.phase = c.nodes.size() <= 1 ? Phase::Done : Phase::Spring;
    if (c.nodes.size() == 1 && !top.pinned[0])
        c.pos[0] = Vec{};
}

int ForceLayout::Impl::iterate(Component& c)
{
    if (c.phase == Phase::Spring)
        return springIteration(c);
    if (c.phase == Phase::Model) {
        const int work = addPivotDistances(c.model, c.levels.front().g);
        if (c.model.pivotsDone >= c.model.pivotCount)
            c.phase = Phase::Polish;
        return work;
    }
    if (c.phase == Phase::Polish)
        return polishIteration(c);
    return 0;
}

int ForceLayout::Impl::springIteration(Component& c)
{
    const Level& lv = c.levels[std::size_t(c.level)];
    const Csr& g = lv.g;
    const int n = g.n;
    c.tree.build(c.pos);
    c.next.resize(std::size_t(n));
    std::vector<double> force2(std::size_t(n), 0.0);
    const double stepLength = c.stepLength;
    parallelFor(n, options.threads, [&](int b, int e) {
        for (int i = b; i < e; ++i) {
            const Vec p = c.pos[std::size_t(i)];
            if (lv.pinned[std::size_t(i)]) {
                c.next[std::size_t(i)] = p;
                continue;
            }
            Vec f = c.tree.repulsion(i, p, c.pos) * kRepulsion;
            for (int k = g.begin(i); k < g.end(i); ++k) {
                const Vec d = c.pos[std::size_t(g.adj[std::size_t(k)])] - p;
                f = f + d * norm(d);
            }
            const double len2 = norm2(f);
            force2[std::size_t(i)] = len2;
            c.next[std::size_t(i)] = len2 > 0 ? p + f * (stepLength / std::sqrt(len2)) : p;
        }
    });
    const double energy = std::accumulate(force2.begin(), force2.end(), 0.0);
    std::swap(c.pos, c.next);
    // Hu's adaptive step: grow after five improving iterations in a row, shrink otherwise.
    if (energy < c.energy) {
        if (++c.improving >= 5) {
            c.improving = 0;
            c.stepLength /= kCooling;
        }
    } else {
        c.improving = 0;
        c.stepLength *= kCooling;
    }
    c.energy = energy;
    ++c.iteration;
    if (c.iteration >= maxSpringIterations(c) || c.stepLength < 0.02)
        finishSpring(c);
    return n;
}

// Ends the spring phase of the current level: prolong to the next finer level, or hand the
// finest layout to the polish.
void ForceLayout::Impl::finishSpring(Component& c)
{
    if (c.level > 0) {
        const Level& fine = c.levels[std::size_t(c.level) - 1];
        Rng rng(mixSeed(c.seed, std::uint64_t(c.level)));
        std::vector<Vec> pos(std::size_t(fine.g.n));
        for (int v = 0; v < fine.g.n; ++v) {
            if (fine.pinned[std::size_t(v)]) {
                pos[std::size_t(v)] = fine.pinPos[std::size_t(v)];
                continue;
            }
            const Vec jitter{(rng.uniform() - 0.5) * 0.2, (rng.uniform() - 0.5) * 0.2};
            pos[std::size_t(v)] =
                c.pos[std::size_t(fine.toCoarse[std::size_t(v)])] * fine.expand + jitter;
        }
        c.pos = std::move(pos);
        --c.level;
        c.iteration = 0;
        c.stepLength = 1.0;
        c.energy = std::numeric_limits<double>::max();
        c.improving = 0;
        return;
    }
    // Stress is measured in hops, so bring the mean edge length to 1 (unless pins fix the
    // frame).
    const Csr& g = c.levels.front().g;
    if (!c.locked) {
        double sum = 0;
        int count = 0;
        for (int u = 0; u < g.n; ++u) {
            for (int k = g.begin(u); k < g.end(u); ++k) {
                sum += norm(c.pos[std::size_t(u)] - c.pos[std::size_t(g.adj[std::size_t(k)])]);
                ++count;
            }
        }
        if (count > 0 && sum > 0) {
            const double s = count / sum;
            for (Vec& p : c.pos)
                p = p * s;
        }
    }
    if (options.algorithm == LayoutAlgorithm::Spring) {
        c.phase = Phase::Done;
        ++done;
        return;
    }
    if (!c.hasModel) {
        c.model = buildStressModel(g, mixSeed(c.seed, 0x5eed));
        c.hasModel = true;
    }
    c.phase = c.model.pivotsDone < c.model.pivotCount ? Phase::Model : Phase::Polish;
    c.iteration = 0;
}

int ForceLayout::Impl::polishIteration(Component& c)
{
    const Level& lv = c.levels.front();
    const int n = lv.g.n;
    const StressModel& m = c.model;
    const int k = m.pivotCount;
    c.next.resize(std::size_t(n));
    std::vector<double> moved(std::size_t(n), 0.0);
    std::vector<double> pivotX(static_cast<std::size_t>(k));
    std::vector<double> pivotY(static_cast<std::size_t>(k));
    for (int q = 0; q < k; ++q) {
        pivotX[std::size_t(q)] = c.pos[std::size_t(m.pivots[std::size_t(q)])].x;
        pivotY[std::size_t(q)] = c.pos[std::size_t(m.pivots[std::size_t(q)])].y;
    }
    const std::vector<double>& weights = m.pivotWeights;
    parallelFor(n, options.threads, [&](int b, int e) {
        for (int i = b; i < e; ++i) {
            const Vec p = c.pos[std::size_t(i)];
            if (lv.pinned[std::size_t(i)]) {
                c.next[std::size_t(i)] = p;
                continue;
            }
            Vec num;
            double den = 0;
            auto term = [&](Vec q, double d, double w) {
                const Vec diff = p - q;
                const double len = norm(diff);
                num = num + (len > 1e-12 ? q + diff * (d / len) : q) * w;
                den += w;
            };
            for (int t = m.off[std::size_t(i)]; t < m.off[std::size_t(i) + 1]; ++t)
                term(c.pos[std::size_t(m.other[std::size_t(t)])], m.dist[std::size_t(t)],
                     m.weight[std::size_t(t)]);
            // The hot loop (k terms per node): flat arrays and a weight table, so it
            // compiles to straight-line arithmetic.
            const std::uint16_t* row = m.pivotDist.data() + std::size_t(i) * std::size_t(k);
            double nx = 0, ny = 0, pden = 0;
            for (int q = 0; q < k; ++q) {
                const int di = row[q];
                const double d = di;
                const double w = weights[std::size_t(di)];
                const double dx = p.x - pivotX[std::size_t(q)];
                const double dy = p.y - pivotY[std::size_t(q)];
                const double len2 = dx * dx + dy * dy;
                const double f = len2 > 1e-24 ? d / std::sqrt(len2) : 0.0;
                nx += w * (pivotX[std::size_t(q)] + dx * f);
                ny += w * (pivotY[std::size_t(q)] + dy * f);
                pden += w;
            }
            num = num + Vec{nx, ny};
            den += pden;
            const Vec np = den > 0 ? num * (1.0 / den) : p;
            c.next[std::size_t(i)] = np;
            moved[std::size_t(i)] = norm(np - p);
        }
    });
    std::swap(c.pos, c.next);
    const double mean = std::accumulate(moved.begin(), moved.end(), 0.0) / std::max(1, n);
    ++c.iteration;
    if (mean < 2e-3 || c.iteration >= kMaxPolishIterations) {
        c.phase = Phase::Done;
        ++done;
    }
    // In units of spring node updates (about 150 force terms each with Barnes-Hut).
    return n + int((m.other.size() + std::size_t(n) * std::size_t(k)) / 150);
}

// Shelf packing, largest component first; components holding pinned nodes stay put.
void ForceLayout::Impl::pack()
{
    struct Box
    {
        double x0, y0, w, h;
    };
    const double margin = 2.0 * scale();
    std::vector<Box> boxes(components.size());
    double area = 0;
    double widest = 0;
    for (std::size_t ci = 0; ci < components.size(); ++ci) {
        const Component& c = components[ci];
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        double f = scale();
        for (int l = c.level; l > 0; --l)
            f *= c.levels[std::size_t(l) - 1].expand;
        for (std::size_t k = 0; k < c.pos.size(); ++k) {
            const Vec& p = c.pos[k];
            if (k == 0) {
                x0 = x1 = p.x;
                y0 = y1 = p.y;
            }
            x0 = std::min(x0, p.x);
            x1 = std::max(x1, p.x);
            y0 = std::min(y0, p.y);
            y1 = std::max(y1, p.y);
        }
        boxes[ci] = Box{x0 * f, y0 * f, (x1 - x0) * f + margin, (y1 - y0) * f + margin};
        area += boxes[ci].w * boxes[ci].h;
        widest = std::max(widest, boxes[ci].w);
    }
    const double rowWidth = std::max(widest, std::sqrt(area) * 1.2);
    // Components that stay put (they hold pinned nodes, e.g. the analyst's map after new
    // articles were added) keep their place; the others are shelved below them, not on top.
    bool anyLocked = false;
    Vec origin{0, 0};
    for (std::size_t ci = 0; ci < components.size(); ++ci) {
        const Component& c = components[ci];
        if (!c.locked)
            continue;
        const Box& b = boxes[ci];
        origin.x = anyLocked ? std::min(origin.x, c.offset.x + b.x0) : c.offset.x + b.x0;
        origin.y = anyLocked ? std::max(origin.y, c.offset.y + b.y0 + b.h) : c.offset.y + b.y0 + b.h;
        anyLocked = true;
    }
    double x = 0, y = 0, rowHeight = 0;
    for (std::size_t ci = 0; ci < components.size(); ++ci) {
        Component& c = components[ci];
        const Box& b = boxes[ci];
        if (anyLocked && c.locked)
            continue;
        if (x > 0 && x + b.w > rowWidth) {
            x = 0;
            y += rowHeight;
            rowHeight = 0;
        }
        if (!c.locked)
            c.offset = Vec{origin.x + x - b.x0, origin.y + y - b.y0};
        x += b.w;
        rowHeight = std::max(rowHeight, b.h);
    }
}

// One step's worth of iterations, round-robin over the unfinished components. Components are
// independent, so the interleaving does not change any component's result.
void ForceLayout::Impl::advance()
{
    const int count = int(components.size());
    int work = 0;
    while (work < options.stepBudget && done < count) {
        Component& c = components[std::size_t(cursor)];
        cursor = (cursor + 1) % count;
        if (c.phase != Phase::Done)
            work += iterate(c);
    }
    ++steps;
}

void ForceLayout::Impl::publish()
{
    pack();
    std::vector<int> map;
    for (Component& c : components) {
        // While a coarse level is relaxed, every node shows at its representative's place.
        double f = scale();
        map.resize(c.nodes.size());
        std::iota(map.begin(), map.end(), 0);
        for (int l = 0; l < c.level; ++l) {
            const Level& lv = c.levels[std::size_t(l)];
            for (int& m : map)
                m = lv.toCoarse[std::size_t(m)];
        }
        for (int l = c.level; l > 0; --l)
            f *= c.levels[std::size_t(l) - 1].expand;
        for (std::size_t k = 0; k < c.nodes.size(); ++k) {
            const int v = c.nodes[k];
            if (pinned[std::size_t(v)])
                continue;
            const Vec p = c.pos[std::size_t(map[k])];
            positions[std::size_t(v)] = QPointF(c.offset.x + p.x * f, c.offset.y + p.y * f);
        }
    }
}

ForceLayout::ForceLayout(const LayoutGraph& graph, LayoutOptions options)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->options = options;
    m_impl->options.threads = std::max(1, options.threads);
    m_impl->options.stepBudget = std::max(1, options.stepBudget);
    if (!(m_impl->options.idealEdgeLength > 0) || !std::isfinite(options.idealEdgeLength))
        m_impl->options.idealEdgeLength = 60.0;
    m_impl->build(graph);
    restart();
}

// Defined here, where Impl is complete, for std::unique_ptr<Impl>.
ForceLayout::~ForceLayout() = default;
ForceLayout::ForceLayout(ForceLayout&&) noexcept = default;
ForceLayout& ForceLayout::operator=(ForceLayout&&) noexcept = default;

bool ForceLayout::step()
{
    Impl& d = *m_impl;
    if (converged())
        return false;
    d.advance();
    d.publish();
    return !converged();
}

bool ForceLayout::converged() const
{
    return m_impl->done >= int(m_impl->components.size());
}

void ForceLayout::run(const std::stop_token& stop)
{
    // The same steps as step(), but positions are only published once at the end: at 100k
    // nodes publishing costs more than a cheap coarse-level step.
    Impl& d = *m_impl;
    while (!stop.stop_requested() && !converged())
        d.advance();
    d.publish();
}

void ForceLayout::restart()
{
    Impl& d = *m_impl;
    d.done = 0;
    d.cursor = 0;
    d.steps = 0;
    for (Component& c : d.components) {
        d.initComponent(c);
        if (c.phase == Phase::Done)
            ++d.done;
    }
    d.publish();
}

void ForceLayout::reheat()
{
    Impl& d = *m_impl;
    for (Component& c : d.components) {
        if (c.phase != Phase::Done || c.nodes.size() <= 1)
            continue;
        if (d.options.algorithm == LayoutAlgorithm::Spring || !c.hasModel) {
            // Without a stress model, a short low-temperature spring phase on the finest level.
            c.phase = Phase::Spring;
            c.level = 0;
            c.iteration = maxSpringIterations(c) - 30;
            c.stepLength = 0.3;
            c.energy = std::numeric_limits<double>::max();
        } else {
            c.phase = Phase::Polish;
            c.iteration = 0;
        }
        --d.done;
    }
}

double ForceLayout::progress() const
{
    const Impl& d = *m_impl;
    if (converged() || d.nodeCount == 0)
        return 1.0;
    double sum = 0;
    for (const Component& c : d.components) {
        const double stages = double(c.levels.size()) + 1;
        double f = 1.0;
        if (c.phase == Phase::Spring)
            f = (double(c.levels.size()) - 1 - c.level) / stages;
        else if (c.phase == Phase::Model)
            f = (stages - 1) / stages;
        else if (c.phase == Phase::Polish)
            f = (stages - 1 + double(c.iteration) / kMaxPolishIterations) / stages;
        sum += f * double(c.nodes.size());
    }
    return std::clamp(sum / d.nodeCount, 0.0, 1.0);
}

int ForceLayout::stepCount() const
{
    return m_impl->steps;
}

const std::vector<QPointF>& ForceLayout::positions() const
{
    return m_impl->positions;
}

void ForceLayout::setPosition(int node, QPointF position)
{
    Impl& d = *m_impl;
    if (node < 0 || node >= d.nodeCount || !std::isfinite(position.x())
        || !std::isfinite(position.y()))
        return;
    d.positions[std::size_t(node)] = position;
    Component& c = d.components[std::size_t(d.componentOf[std::size_t(node)])];
    const Vec local{(position.x() - c.offset.x) / d.scale(),
                    (position.y() - c.offset.y) / d.scale()};
    const int k = d.localIndex[std::size_t(node)];
    if (d.pinned[std::size_t(node)]) {
        if (c.level == 0)
            c.levels.front().pinPos[std::size_t(k)] = local;
        else
            d.updatePins(c);
    }
    if (c.level == 0)
        c.pos[std::size_t(k)] = local;
}

void ForceLayout::setPinned(int node, bool pin)
{
    Impl& d = *m_impl;
    if (node < 0 || node >= d.nodeCount || bool(d.pinned[std::size_t(node)]) == pin)
        return;
    d.pinned[std::size_t(node)] = pin ? 1 : 0;
    Component& c = d.components[std::size_t(d.componentOf[std::size_t(node)])];
    // The pinned position is in scene coordinates; the component must stop moving with the
    // packing or the pin would drift.
    if (pin)
        c.locked = true;
    d.updatePins(c);
}

void ForceLayout::setPinned(const std::vector<char>& pins)
{
    Impl& d = *m_impl;
    std::vector<char> touched(d.components.size(), 0);
    const std::size_t n = std::min(pins.size(), std::size_t(d.nodeCount));
    for (std::size_t v = 0; v < n; ++v) {
        const char pin = pins[v] != 0 ? 1 : 0;
        if (d.pinned[v] == pin)
            continue;
        d.pinned[v] = pin;
        const auto c = std::size_t(d.componentOf[v]);
        touched[c] = 1;
        if (pin != 0)
            d.components[c].locked = true; // as setPinned(): pins are scene coordinates
    }
    for (std::size_t c = 0; c < touched.size(); ++c) {
        if (touched[c] != 0)
            d.updatePins(d.components[c]);
    }
}

bool ForceLayout::isPinned(int node) const
{
    if (node < 0 || node >= m_impl->nodeCount)
        return false;
    return m_impl->pinned[std::size_t(node)] != 0;
}

} // namespace parley
