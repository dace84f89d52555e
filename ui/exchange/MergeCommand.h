#pragma once

#include "exchange/MergeApplier.h"

#include <QUndoCommand>

namespace sy {

class CatalogDocument;

// Makes an applied merge undoable. The merge itself ran on a worker thread (MergeApplier, with
// its backup); this command is pushed afterwards, so its first redo does nothing. Undo reverts
// every change in one transaction; redo applies the plan again.
class MergeCommand : public QUndoCommand
{
public:
    MergeCommand(CatalogDocument *document, const MergePlan &plan, const MergeUndo &undo);
    void undo() override;
    void redo() override;

private:
    CatalogDocument *m_document;
    MergePlan m_plan;
    MergeUndo m_undo;
    bool m_first = true;
};

} // namespace sy
