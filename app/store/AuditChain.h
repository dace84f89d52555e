#pragma once

#include "AuditEntry.h"

#include <QString>

namespace sy::audit {

// The SHA-256 (hex) of one audit row. It covers the row's id and every field plus the previous
// row's hash, so editing, deleting or reordering any row breaks every hash after it.
QString rowHash(const AuditEntry &entry);

// Text form of a value in the audit log (JSON for lists and objects).
QString valueText(const QVariant &value);

} // namespace sy::audit
