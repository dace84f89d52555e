#include "CoreInfo.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sy {

QString applicationVersion()
{
    return QStringLiteral(SHUYUAN_VERSION);
}

QString preferredLanguage()
{
    const QByteArray env = qgetenv("SHUYUAN_LANG");
    const QLocale locale = env.isEmpty() ? QLocale::system() : QLocale(QString::fromLatin1(env));
    return locale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

int installTranslations(QCoreApplication &app, const QString &localeName)
{
    // Remove what an earlier call installed, so the language can be switched at run time.
    const auto old = app.findChildren<QTranslator *>(QStringLiteral("shuyuanTranslator"),
                                                     Qt::FindDirectChildrenOnly);
    for (QTranslator *t : old) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale(localeName));
    if (!localeName.startsWith(QLatin1String("zh")))
        return 0;

    int installed = 0;
    auto install = [&](const QString &file) {
        auto *translator = new QTranslator(&app);
        translator->setObjectName(QStringLiteral("shuyuanTranslator"));
        if (translator->load(file) && QCoreApplication::installTranslator(translator)) {
            ++installed;
        } else {
            delete translator;
        }
    };
    const QDir i18n(QStringLiteral(":/i18n"));
    const QStringList qms = i18n.entryList({QStringLiteral("*_%1.qm").arg(localeName)}, QDir::Files);
    for (const QString &qm : qms)
        install(i18n.filePath(qm));
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    install(QDir(qtDir).filePath(QStringLiteral("qtbase_%1.qm").arg(localeName)));
    return installed;
}

} // namespace sy
