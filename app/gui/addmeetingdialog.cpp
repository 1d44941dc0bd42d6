// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/addmeetingdialog.h"
#include "graph/datespan.h"

#include "project/corrections.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

namespace parley {

namespace {

constexpr int kNodeRole = Qt::UserRole;
constexpr int kDocumentRole = Qt::UserRole;
constexpr int kSentenceRole = Qt::UserRole + 1;
constexpr int kMaxSentences = 300; ///< a prolific official's every sentence would not help
constexpr qsizetype kShownChars = 140;

} // namespace

AddMeetingDialog::AddMeetingDialog(const CorpusGraph& graph, const QList<NodeId>& preselected, QWidget* parent)
    : QDialog(parent), m_graph(graph), m_filter(new QLineEdit(this)), m_people(new QListWidget(this)),
      m_mode(new QComboBox(this)), m_status(new QComboBox(this)), m_place(new QLineEdit(this)),
      m_date(new QLineEdit(this)), m_cite(new QRadioButton(tr("Cite a sentence of the articles"), this)),
      m_free(new QRadioButton(tr("Free text (a source outside the project)"), this)),
      m_sentence(new QComboBox(this)), m_text(new QPlainTextEdit(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add meeting"));
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter officials…"));
    m_filter->setClearButtonEnabled(true);
    m_people->setObjectName(QStringLiteral("participants"));
    m_mode->setObjectName(QStringLiteral("mode"));
    m_status->setObjectName(QStringLiteral("status"));
    m_place->setObjectName(QStringLiteral("place"));
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setPlaceholderText(tr("YYYY-MM-DD (YYYY-MM, YYYY), or empty when unknown"));
    m_cite->setObjectName(QStringLiteral("cite"));
    m_free->setObjectName(QStringLiteral("free"));
    m_sentence->setObjectName(QStringLiteral("sentence"));
    // Long sentences must not stretch the dialog across the screen.
    m_sentence->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sentence->setMinimumContentsLength(40);
    m_text->setObjectName(QStringLiteral("freeText"));
    m_text->setPlaceholderText(tr("e.g. \"Joint statement on the ministry's site, 3 May 2024\""));
    m_text->setMaximumHeight(70);
    m_problem->setStyleSheet(QStringLiteral("color:#a03020"));

    m_mode->addItems({QStringLiteral("in person"), QStringLiteral("phone"), QStringLiteral("video")});
    m_status->addItems(meetingStatuses());

    // Officials by name; the ones asked for ticked and first.
    QList<NodeId> officials;
    for (NodeId v = 0; v < graph.nodeCount(); ++v) {
        if (graph.node(v).kind == NodeKind::Official)
            officials.append(v);
    }
    std::stable_sort(officials.begin(), officials.end(), [&](NodeId a, NodeId b) {
        const bool x = preselected.contains(a);
        const bool y = preselected.contains(b);
        if (x != y)
            return x;
        return graph.node(a).name.compare(graph.node(b).name, Qt::CaseInsensitive) < 0;
    });
    for (const NodeId v : officials) {
        const NodeData& n = graph.node(v);
        QString label = n.name;
        if (const auto state = graph.find(n.state))
            label += QStringLiteral(" (%1)").arg(graph.node(*state).name);
        auto* item = new QListWidgetItem(label, m_people);
        item->setData(kNodeRole, v);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(preselected.contains(v) ? Qt::Checked : Qt::Unchecked);
    }

    auto* form = new QFormLayout;
    form->addRow(tr("Mode"), m_mode);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Place"), m_place);
    form->addRow(tr("Date"), m_date);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Participants"), this));
    layout->addWidget(m_filter);
    layout->addWidget(m_people, 1);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Evidence"), this));
    layout->addWidget(m_cite);
    layout->addWidget(m_sentence);
    layout->addWidget(m_free);
    layout->addWidget(m_text);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_cite->setChecked(true);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int i = 0; i < m_people->count(); ++i)
            m_people->item(i)->setHidden(!m_people->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    connect(m_people, &QListWidget::itemChanged, this, [this] {
        refreshSentences();
        validate();
    });
    for (QRadioButton* r : {m_cite, m_free})
        connect(r, &QRadioButton::toggled, this, &AddMeetingDialog::validate);
    connect(m_sentence, &QComboBox::currentIndexChanged, this, &AddMeetingDialog::validate);
    connect(m_text, &QPlainTextEdit::textChanged, this, &AddMeetingDialog::validate);
    connect(m_date, &QLineEdit::textChanged, this, &AddMeetingDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 640);
    refreshSentences();
    validate();
}

void AddMeetingDialog::setParticipant(NodeId official, bool on)
{
    for (int i = 0; i < m_people->count(); ++i) {
        if (m_people->item(i)->data(kNodeRole).toInt() == official)
            m_people->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

QList<NodeId> AddMeetingDialog::participants() const
{
    QList<NodeId> out;
    for (int i = 0; i < m_people->count(); ++i) {
        if (m_people->item(i)->checkState() == Qt::Checked)
            out.append(m_people->item(i)->data(kNodeRole).toInt());
    }
    return out;
}

void AddMeetingDialog::refreshSentences()
{
    // The sentences that mention a participant: where the analyst read of the meeting.
    const QString keep = m_sentence->currentText();
    m_sentence->clear();
    QSet<QPair<QString, int>> seen;
    for (const NodeId v : participants()) {
        for (const Mention& m : m_graph.node(v).mentions) {
            if (m_sentence->count() >= kMaxSentences || seen.contains({m.document, m.sentence}))
                continue;
            const Document* d = m_graph.document(m.document);
            if (!d || m.sentence < 0 || std::size_t(m.sentence) >= d->sentences.size())
                continue;
            seen.insert({m.document, m.sentence});
            QString text = d->sentenceText(std::size_t(m.sentence)).toString().simplified();
            if (text.size() > kShownChars)
                text = text.left(kShownChars) + QChar(0x2026);
            const QString title = d->title.isEmpty() ? d->id : d->title;
            m_sentence->addItem(QStringLiteral("%1 — %2").arg(title, text));
            m_sentence->setItemData(m_sentence->count() - 1, d->id, kDocumentRole);
            m_sentence->setItemData(m_sentence->count() - 1, m.sentence, kSentenceRole);
        }
    }
    m_sentence->setCurrentIndex(std::max(0, m_sentence->findText(keep)));
}

void AddMeetingDialog::validate()
{
    QString problem;
    const QString date = m_date->text().trimmed();
    if (participants().isEmpty())
        problem = tr("Tick at least one participant.");
    else if (!date.isEmpty() && !DateSpan::parse(date).isValid())
        problem = tr("The date must read YYYY-MM-DD, or YYYY-MM or YYYY when only the month "
                     "or the year is known (or be left empty).");
    else if (m_cite->isChecked() && m_sentence->currentIndex() < 0)
        problem = tr("No article sentence mentions these participants: give free text instead.");
    else if (m_free->isChecked() && m_text->toPlainText().trimmed().isEmpty())
        problem = tr("Write where the meeting is reported.");
    m_sentence->setEnabled(m_cite->isChecked());
    m_text->setEnabled(m_free->isChecked());
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

Edit AddMeetingDialog::edit() const
{
    Edit e;
    e.kind = EditKind::AddMeeting;
    QStringList ids;
    for (const NodeId v : participants()) {
        const NodeData& n = m_graph.node(v);
        e.others.push_back({n.id, n.name, {}});
        ids.append(n.id);
    }
    QString evidence;
    if (m_cite->isChecked() && m_sentence->currentIndex() >= 0) {
        e.citedDocument = m_sentence->currentData(kDocumentRole).toString();
        e.citedSentence = m_sentence->currentData(kSentenceRole).toInt();
        evidence = QStringLiteral("%1:%2").arg(e.citedDocument).arg(e.citedSentence);
    } else {
        e.text = m_text->toPlainText().trimmed();
        evidence = e.text;
    }
    e.value = m_status->currentText();
    e.values = {m_mode->currentText(), m_place->text().trimmed(), m_date->text().trimmed()};
    e.target = {manualMeetingId(ids, evidence), {}, {}};
    return e;
}

} // namespace parley
