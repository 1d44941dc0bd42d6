// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "graph/corpusgraph.h"
#include "io/exportoptions.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <memory>

namespace parley {

/// The graph as the JSON contract of shared/eval/README.md: one object with `documents`
/// (id, path, title, date, url, source, sentences {text, start, end}), `states`
/// (id, name, aliases, mentions), `officials` (id, name, aliases, title, state, organization,
/// rules, mentions) and `meetings` (id, participants, states, place, when, date, mode, status,
/// rule, rules, evidence). Empty optional strings are null. When `options.visuals` holds a
/// node, its entry also gets `x`, `y`, `color` and `size`.
/// Output is deterministic for a canonicalized graph (CorpusGraph::canonicalize()): the same
/// corpus gives the same bytes. Thread-safe (reads the graph only).
QByteArray contractJson(const CorpusGraph& graph, const GraphExportOptions& options = {});

/// Writes contractJson() to `path` atomically through saveStreamed(), in chunks of a few
/// megabytes rather than building it whole in memory.
Status writeContractJson(const CorpusGraph& graph, const QString& path,
                         const GraphExportOptions& options = {});
/// Streams contractJson() to an open device (standard output, a socket).
Status writeContractJson(const CorpusGraph& graph, QIODevice& device,
                         const GraphExportOptions& options = {});

/// The contract JSON written in two steps, for callers that have the documents one at a
/// time before the graph is complete (`parley-cli extract` streams each batch's documents
/// to the file and keeps only the graph): addDocument() for every document of the graph,
/// in the order of CorpusGraph::documents(), then finish() with the canonicalized graph,
/// whose own documents are not read. The bytes are those of contractJson().
/// Writing to a device, output is passed on in blocks of a few megabytes.
/// Not thread-safe; one writer per output.
class ContractJsonWriter
{
public:
    ContractJsonWriter(QIODevice& device, const GraphExportOptions& options = {});
    ContractJsonWriter(QByteArray& out, const GraphExportOptions& options = {});
    ~ContractJsonWriter();
    ContractJsonWriter(const ContractJsonWriter&) = delete;
    ContractJsonWriter& operator=(const ContractJsonWriter&) = delete;

    /// False once the device failed (the rest is not written).
    bool addDocument(const Document& document);
    /// Writes the states, officials and meetings of `graph` and ends the JSON.
    Status finish(const CorpusGraph& graph);

private:
    struct Private;
    void begin();
    bool writeNodes(const CorpusGraph& graph);
    std::unique_ptr<Private> d;
};

/// Participants (official ids) and states (state ids) of meeting node `meeting`, read from
/// its `attended` and `involves` edges, in id order for a canonicalized graph.
QStringList meetingParticipants(const CorpusGraph& graph, NodeId meeting);
QStringList meetingStates(const CorpusGraph& graph, NodeId meeting);

} // namespace parley
