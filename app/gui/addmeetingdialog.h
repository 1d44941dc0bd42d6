// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/edit.h"
#include "graph/corpusgraph.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;

namespace parley {

/// Edit ▸ Add meeting…: a meeting the extractor missed, added by hand. The participants are
/// picked from the graph's officials (a filter field narrows the list), with mode, status,
/// place and date, and its evidence is either a sentence of the articles (those that mention
/// a chosen participant are offered) or free text (a source outside the project). OK stays
/// disabled until there is a participant, evidence and a valid date (or none).
class AddMeetingDialog : public QDialog
{
    Q_OBJECT

public:
    /// `preselected`: officials ticked from the start (e.g. the node the menu was opened on).
    AddMeetingDialog(const CorpusGraph& graph, const QList<NodeId>& preselected, QWidget* parent = nullptr);

    /// The AddMeeting edit the dialog describes (participants keyed by id and name).
    Edit edit() const;
    /// Ticks or unticks an official (tests, and the filter keeping ticks).
    void setParticipant(NodeId official, bool on);
    QList<NodeId> participants() const;

private:
    void refreshSentences();
    void validate();

    const CorpusGraph& m_graph;
    QLineEdit* m_filter;
    QListWidget* m_people;
    QComboBox* m_mode;
    QComboBox* m_status;
    QLineEdit* m_place;
    QLineEdit* m_date;
    QRadioButton* m_cite;
    QRadioButton* m_free;
    QComboBox* m_sentence;
    QPlainTextEdit* m_text;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace parley
