#pragma once

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace sy::test {

// Absolute path of a file under tests/data.
QString dataPath(const QString &relative);
// The whole content of a file (empty if unreadable).
QByteArray readAll(const QString &path);
// SHA-256 hex of a file, to prove that a refused file was left byte-identical.
QByteArray fileSha256(const QString &path);

// `text` with one to three random edits (a byte of `alphabet` inserted or written over, or a
// byte removed), for properties that must hold on damaged input. `text` must be longer than
// three bytes.
QByteArray damaged(QByteArray text, const QByteArray &alphabet, QRandomGenerator &random);

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs the real shuyuan-cli binary with `args` and the given language ("en" or "zh_CN").
CliResult runCli(const QStringList &args, const QString &language = QStringLiteral("en"),
                 int timeoutMs = 120000);

} // namespace sy::test
