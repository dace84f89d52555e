#include "MergeCommand.h"

#include "CatalogDocument.h"

#include <QCoreApplication>

namespace sy {

MergeCommand::MergeCommand(CatalogDocument *document, const MergePlan &plan, const MergeUndo &undo)
    : m_document(document)
    , m_plan(plan)
    , m_undo(undo)
{
    setText(QCoreApplication::translate("sy::MergeCommand", "Merge %1").arg(plan.source));
}

void MergeCommand::undo()
{
    MergeApplier applier;
    if (!m_document->store() || !applier.undo(*m_document->store(), m_undo)) {
        m_document->setErrorString(applier.errorString());
        setObsolete(true);
        return;
    }
    m_document->notifyOfficesChanged();
    m_document->notifyResourcesChanged();
}

void MergeCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    MergeApplier applier;
    MergeUndo undo;
    if (!m_document->store() || !applier.apply(*m_document->store(), m_plan, QString(), &undo)) {
        m_document->setErrorString(applier.errorString());
        setObsolete(true);
        return;
    }
    m_undo = undo;
    m_document->notifyOfficesChanged();
    m_document->notifyResourcesChanged();
}

} // namespace sy
