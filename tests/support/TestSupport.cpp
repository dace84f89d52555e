#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

namespace sy::test {

QString dataPath(const QString &relative)
{
    return QDir(qEnvironmentVariable("SHUYUAN_TEST_DATA")).filePath(relative);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray damaged(QByteArray text, const QByteArray &alphabet, QRandomGenerator &random)
{
    const int edits = 1 + int(random.bounded(3));
    for (int e = 0; e < edits; ++e) {
        const int at = int(random.bounded(text.size() + 1));
        const char c = alphabet.at(int(random.bounded(alphabet.size())));
        switch (random.bounded(3)) {
        case 0:
            text.insert(at, c);
            break;
        case 1:
            text.remove(qMin(at, int(text.size()) - 1), 1);
            break;
        default:
            text[qMin(at, int(text.size()) - 1)] = c;
        }
    }
    return text;
}

QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

CliResult runCli(const QStringList &args, const QString &language, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SHUYUAN_LANG"), language);
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("SHUYUAN_CLI"), args);
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace sy::test
