#pragma once
// Every undo command's id (QUndoCommand::id), in one place so two command
// classes never share one by accident. QUndoStack only asks commands with
// the same id to merge; none of these merges today (each edit is its own
// stored write, undone on its own), the ids name the command kinds.

namespace hub::ui
{

enum class UndoId : int {
    None = -1,
    ChangeCaseField = 1,
    AddCaseEvent,
    ChangeSpecField,
    SetDetermination,
    ChangeLetterTemplate,
    AddLetterTemplate,
    DeleteLetterTemplate,
    ChangeLetterhead,
    RecordAgreementChange,
};

} // namespace hub::ui
