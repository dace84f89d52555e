#pragma once

#include "store/CatalogStore.h"

// Small real catalogs for the rules, registration and report tests: valid department data, two
// offices and clean resources (the "base" of tests/data/rules/resource-cases.json), to which a
// test adds the defect it is about.
namespace sy::test {

CatalogMeta cleanMeta();
Resource cleanResource(const QString &code, qint64 officeId);
QList<InfoItem> cleanItems();
// Creates `path` with offices 登记注册局 and 信用监督管理处 and `resources` clean resources with
// codes 301001001/000001, ... alternating between the offices. Returns false with a message.
bool createCatalog(const QString &path,
                   int resources,
                   QString *error,
                   QList<qint64> *officeIds = nullptr);

} // namespace sy::test
