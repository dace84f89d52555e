#pragma once

#include "CatalogSnapshot.h"
#include "model/Profile.h"

#include <QCoreApplication>

namespace sy {

class CatalogStore;

struct TemplateOptions
{
    QList<qint64> officeIds; // empty = all offices
    bool prefill = true;     // write the offices' current resources so answers update them
    int blankRows = 300;     // rows with drop-downs below the prefilled ones
    bool instructions = true;
};

// The survey workbook (libxlsxwriter): 填表说明 (instructions), 数据资源 (resources) and 信息项
// (information items) with the profile's zh headers, required columns highlighted and marked
// "*", drop-down lists for every vocabulary field (lists on the hidden sheet "_lists", so no
// 255-character limit), input hints from the profile's help texts, frozen headers, and a hidden
// "_shuyuan" sheet that identifies the template (so the answer's base time and mapping are
// known on import). The same layout, without blank rows, is the catalog export for people.
class SurveyTemplate
{
    Q_DECLARE_TR_FUNCTIONS(sy::SurveyTemplate)

public:
    static QString resourceSheetName() { return QStringLiteral("数据资源"); }
    static QString itemSheetName() { return QStringLiteral("信息项"); }
    static QString metaSheetName() { return QStringLiteral("_shuyuan"); }
    static QString uuidHeader() { return QStringLiteral("资源标识(勿改)"); }
    static QString itemResourceCodeHeader() { return QStringLiteral("信息资源代码"); }
    static QString itemResourceNameHeader() { return QStringLiteral("信息资源名称"); }

    bool write(const CatalogStore &store,
               const Profile &profile,
               const QString &path,
               const TemplateOptions &options);
    bool writeSnapshot(const CatalogSnapshot &snapshot,
                       const Profile &profile,
                       const QString &path,
                       const TemplateOptions &options);
    QString errorString() const { return m_error; }

    // Resource fields that a template shows, in profile order.
    static QList<const FieldDef *> resourceFields(const Profile &profile);
    static QList<const FieldDef *> itemFields(const Profile &profile);

private:
    QString m_error;
};

} // namespace sy
