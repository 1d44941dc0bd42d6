// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/annotationmenu.h"

#include "gui/projectcontroller.h"

#include <QColorDialog>
#include <QInputDialog>
#include <QMenu>
#include <QUndoStack>

#include <algorithm>

namespace parley {

namespace {

// Pushes `edit` for every node (keys taken before the first push), as one undo step.
void pushForAll(ProjectController& project, const QList<NodeId>& nodes, Edit edit, const QString& label)
{
    std::vector<EntityKey> keys;
    for (const NodeId n : nodes)
        keys.push_back(project.keyOf(n));
    if (keys.size() > 1)
        project.undoStack()->beginMacro(label);
    for (EntityKey& k : keys) {
        edit.target = std::move(k);
        project.pushEdit(edit);
    }
    if (keys.size() > 1)
        project.undoStack()->endMacro();
}

Edit annotation(EditKind kind, const QString& value = {}, const QStringList& values = {})
{
    Edit e;
    e.kind = kind;
    e.value = value;
    e.values = values;
    return e;
}

} // namespace

void addAnnotationEntries(QMenu& menu, ProjectController& project, const QList<NodeId>& nodes,
                          QWidget* parent)
{
    const CorrectedGraph& corrected = project.corrected();
    if (nodes.isEmpty() || !corrected.graph || !project.isOpen())
        return;
    const CorpusGraph& g = *corrected.graph;
    const auto annotationOf = [&](NodeId n) { return corrected.annotations.value(g.node(n).id); };
    const Annotation first = annotationOf(nodes.front());
    const bool allHidden =
        std::all_of(nodes.begin(), nodes.end(), [&](NodeId n) { return annotationOf(n).hidden; });
    const bool anyColour =
        std::any_of(nodes.begin(), nodes.end(), [&](NodeId n) { return !annotationOf(n).colour.isEmpty(); });
    const QString what = nodes.size() == 1 ? (g.node(nodes.front()).name.isEmpty() ? g.node(nodes.front()).id
                                                                                      : g.node(nodes.front()).name)
                                           : QObject::tr("%n entities", nullptr, int(nodes.size()));
    ProjectController* p = &project;

    menu.addSection(QObject::tr("Annotate"));
    if (allHidden) {
        menu.addAction(QObject::tr("Show again"), &project, [p, nodes, what] {
            pushForAll(*p, nodes, annotation(EditKind::Hide, QStringLiteral("0")), QObject::tr("Show %1 again").arg(what));
        });
    } else {
        menu.addAction(QObject::tr("Hide"), &project, [p, nodes, what] {
            pushForAll(*p, nodes, annotation(EditKind::Hide, QStringLiteral("1")), QObject::tr("Hide %1").arg(what));
        });
    }
    menu.addAction(QObject::tr("Note…"), &project, [p, nodes, what, first, parent] {
        bool ok = false;
        const QString note = QInputDialog::getMultiLineText(parent, QObject::tr("Note"), QObject::tr("Note on %1").arg(what),
                                                            first.note, &ok);
        if (ok && note != first.note)
            pushForAll(*p, nodes, annotation(EditKind::Note, note.trimmed()), QObject::tr("Note on %1").arg(what));
    });
    menu.addAction(QObject::tr("Tags…"), &project, [p, nodes, what, first, parent] {
        bool ok = false;
        const QString text = QInputDialog::getText(parent, QObject::tr("Tags"),
                                                   QObject::tr("Tags of %1 (separated by commas)").arg(what),
                                                   QLineEdit::Normal, first.tags.join(QStringLiteral(", ")), &ok);
        if (!ok)
            return;
        QStringList tags;
        for (const QString& t : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!t.trimmed().isEmpty() && !tags.contains(t.trimmed()))
                tags.append(t.trimmed());
        }
        pushForAll(*p, nodes, annotation(EditKind::Tags, {}, tags), QObject::tr("Tag %1").arg(what));
    });
    menu.addAction(QObject::tr("Colour…"), &project, [p, nodes, what, first, parent] {
        const QColor initial = first.colour.isEmpty() ? QColor(0x3b, 0x82, 0xc4) : QColor::fromString(first.colour);
        const QColor colour = QColorDialog::getColor(initial, parent, QObject::tr("Colour of %1").arg(what));
        if (colour.isValid())
            pushForAll(*p, nodes, annotation(EditKind::Colour, colour.name()), QObject::tr("Colour %1").arg(what));
    });
    if (anyColour) {
        menu.addAction(QObject::tr("Clear colour"), &project, [p, nodes, what] {
            pushForAll(*p, nodes, annotation(EditKind::Colour), QObject::tr("Clear the colour of %1").arg(what));
        });
    }
}

} // namespace parley
