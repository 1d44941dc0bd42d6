// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/edit.h"

#include <QUndoCommand>

namespace parley {

class ProjectController;

/// One correction on the project's undo stack. Redo appends the edit to the project's rules
/// and undo removes it again; the controller then replays the rules on the extracted graph,
/// so undoing any number of edits gives back exactly the graph before them.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(ProjectController* controller, Edit edit);

    void redo() override;
    void undo() override;
    const Edit& edit() const { return m_edit; }

private:
    ProjectController* m_controller;
    Edit m_edit;
};

} // namespace parley
