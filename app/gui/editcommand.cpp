// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editcommand.h"

#include "gui/projectcontroller.h"

namespace parley {

EditCommand::EditCommand(ProjectController* controller, Edit edit)
    : QUndoCommand(describe(edit)), m_controller(controller), m_edit(std::move(edit))
{
}

void EditCommand::redo()
{
    m_controller->appendEdit(m_edit);
}

void EditCommand::undo()
{
    m_controller->removeLastEdit(m_edit);
}

} // namespace parley
