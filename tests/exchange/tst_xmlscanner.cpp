// XmlScanner reads workbook XML in place of QXmlStreamReader. What it accepts it must read as
// QXmlStreamReader does (elements, attributes, text); what it refuses, XlsxReader reads again
// with QXmlStreamReader. The tokens of both are compared on the XML parts of real workbooks
// (LibreOffice, libxlsxwriter, Shuyuan's own template), on hand-written corner cases and on
// thousands of damaged variants.
#include "exchange/SafeZipReader.h"
#include "exchange/XlsxReader.h"
#include "exchange/XmlScanner.h"
#include "exchange/ZipWriter.h"
#include "TestSupport.h"

#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace sy;

namespace {

// The attributes the test documents use; scannerTokens() asks for these, and Qt's list is cut
// down to them.
const char *const knownAttributes[] = {"r",    "s",         "t",      "id",    "r:id",
                                       "a",    "b",         "x:a",    "name",  "xml:space",
                                       "Target", "count", "uniqueCount"};

// Start and end elements with their local names and attributes (sorted, from `attributesOf`),
// and the character data between them joined.
template<typename Reader, typename AttributesOf>
QStringList tokensOf(Reader &r, AttributesOf attributesOf, bool *ok)
{
    QStringList out;
    QString text;
    auto flush = [&] {
        if (!text.isEmpty())
            out << QStringLiteral("T:") + text;
        text.clear();
    };
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            flush();
            QStringList attrs = attributesOf(r);
            attrs.sort();
            out << QStringLiteral("S:") + r.name().toString() + u'[' + attrs.join(u'|') + u']';
        } else if (r.isEndElement()) {
            flush();
            out << QStringLiteral("E:") + r.name().toString();
        } else if (r.isCharacters()) {
            text += r.text();
        }
    }
    flush();
    *ok = !r.hasError();
    return out;
}

// Namespace declarations are not attributes to QXmlStreamReader.
QStringList qtTokens(const QByteArray &xml, bool *ok)
{
    QXmlStreamReader r(xml);
    return tokensOf(
        r,
        [](const QXmlStreamReader &r) {
            QStringList attrs;
            for (const QXmlStreamAttribute &a : r.attributes())
                attrs << a.qualifiedName().toString() + u'=' + a.value().toString();
            return attrs;
        },
        ok);
}

QStringList scannerTokens(const QByteArray &xml, bool *ok)
{
    XmlScanner r(xml);
    return tokensOf(
        r,
        [](const XmlScanner &r) {
            QStringList attrs;
            for (const char *name : knownAttributes) {
                const QStringView v = r.attributes().value(QLatin1String(name));
                if (!v.isNull())
                    attrs << QString::fromLatin1(name) + u'=' + v.toString();
            }
            return attrs;
        },
        ok);
}

QStringList onlyKnownAttributes(QStringList tokens)
{
    QStringList known;
    for (const char *name : knownAttributes)
        known << QString::fromLatin1(name);
    for (QString &t : tokens) {
        if (!t.startsWith(QLatin1String("S:")))
            continue;
        const qsizetype open = t.indexOf(u'[');
        QStringList attrs = t.mid(open + 1, t.size() - open - 2).split(u'|', Qt::SkipEmptyParts);
        attrs.removeIf([&known](const QString &a) { return !known.contains(a.section(u'=', 0, 0)); });
        t = t.left(open) + u'[' + attrs.join(u'|') + u']';
    }
    return tokens;
}

QList<QByteArray> workbookParts()
{
    QList<QByteArray> parts;
    for (const char *file : {"exchange/libreoffice.xlsx", "exchange/libxlsxwriter.xlsx",
                             "exchange/libxlsxwriter-inline.xlsx"}) {
        SafeZipReader zip;
        if (!zip.readData(test::readAll(test::dataPath(QString::fromLatin1(file))),
                          QString::fromLatin1(file)))
            return {};
        for (const QString &name : zip.names()) {
            if (name.endsWith(QLatin1String(".xml")) || name.endsWith(QLatin1String(".rels")))
                parts << zip.data(name);
        }
    }
    return parts;
}

} // namespace

class TestXmlScanner : public QObject
{
    Q_OBJECT

private slots:
    void readsWorkbooksAsQtDoes();
    void cornerCases_data();
    void cornerCases();
    void damagedTextsNeverDisagree();
    void refusedPartsAreReadByQt();
};

void TestXmlScanner::readsWorkbooksAsQtDoes()
{
    const QList<QByteArray> parts = workbookParts();
    QVERIFY(parts.size() > 10);
    for (const QByteArray &part : parts) {
        bool qtOk = false, ok = false;
        const QStringList want = onlyKnownAttributes(qtTokens(part, &qtOk));
        const QStringList got = scannerTokens(part, &ok);
        QVERIFY(qtOk);
        QVERIFY2(ok, part.left(300).constData()); // the fast path is taken for real workbooks
        QCOMPARE(got, want);
    }
}

void TestXmlScanner::cornerCases_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<bool>("accepted");
    auto row = [](const char *name, const char *xml, bool accepted) {
        QTest::newRow(name) << QByteArray(xml) << accepted;
    };
    row("declaration", R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a/>)", true);
    row("bom", "\xEF\xBB\xBF<a>x</a>", true);
    row("entities", "<a b='&lt;&amp;&gt;&apos;&quot;'>&#x5E7F;&#24191;&amp;</a>", true);
    row("cdata", "<a><![CDATA[<&>]]>&amp;</a>", true);
    row("line ends", "<a b=\"1\r\n2\t3\">x\r\ny\rz</a>", true);
    row("namespaces", R"(<x:a xmlns:x="urn:x" x:a="1"><x:b/></x:a>)", true);
    row("comment and pi", "<!-- c --><a><?p d?><!--e--></a>", true);
    row("empty element", "<a><b/><b></b></a>", true);
    row("utf-16 declared", R"(<?xml version="1.0" encoding="UTF-16"?><a/>)", false);
    row("doctype", "<!DOCTYPE a [<!ENTITY e 'x'>]><a>&e;</a>", false);
    row("unknown entity", "<a>&nbsp;</a>", false);
    row("undeclared prefix", "<x:a/>", false);
    row("mismatched", "<a><b></a></b>", false);
    row("control character", "<a>\x01</a>", false);
    row("invalid utf-8", "<a>\xC3\x28</a>", false);
    row("two roots", "<a/><b/>", false);
    row("duplicate attribute", "<a b='1' b='2'/>", false);
    row("text outside", "x<a/>", false);
    row("unterminated", "<a><b>", false);
    row("declaration late", "<a/><?xml version='1.0'?>", false);
    row("bad reference", "<a>&#0;</a>", false);
}

void TestXmlScanner::cornerCases()
{
    QFETCH(QByteArray, xml);
    QFETCH(bool, accepted);
    bool qtOk = false, ok = false;
    const QStringList want = onlyKnownAttributes(qtTokens(xml, &qtOk));
    const QStringList got = scannerTokens(xml, &ok);
    QCOMPARE(ok, accepted);
    if (ok) {
        QVERIFY(qtOk);
        QCOMPARE(got, want);
    }
}

// Whatever the scanner accepts of a damaged document, QXmlStreamReader accepts too, with the
// same tokens.
void TestXmlScanner::damagedTextsNeverDisagree()
{
    const QList<QByteArray> seeds = {
        R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="urn:m" xmlns:r="urn:r"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t xml:space="preserve"> 广州 &amp; 深圳</t></r><rPh><t>x</t></rPh></is></c></row></sheetData></worksheet>)",
        R"(<sst count="2" uniqueCount="2"><si><t>数据&#x20;资源</t></si><si><r><t>a</t></r><r><t>b</t></r></si></sst>)",
        R"(<x:a xmlns:x="urn:x" a='1' x:a="2"><![CDATA[<v>]]><!-- c --><b id="r:id">t</b></x:a>)",
    };
    const QByteArray alphabet = QByteArray("<>/&;\"'= \n\r\t!?[]-:xat#15rvsc")
                                + QByteArray("\xE5\xB9\xBF\xC3\xFF\x01\x00", 7);
    // FUZZ_ROUNDS and FUZZ_SEED run it longer, from elsewhere, by hand.
    QRandomGenerator random(20261127 + quint32(qEnvironmentVariableIntValue("FUZZ_SEED")));
    int accepted = 0, refused = 0;
    for (int round = 0; round < qEnvironmentVariableIntValue("FUZZ_ROUNDS") + 6000; ++round) {
        const QByteArray xml = test::damaged(seeds.at(round % seeds.size()), alphabet, random);
        bool qtOk = false, ok = false;
        const QStringList got = scannerTokens(xml, &ok);
        if (!ok) {
            ++refused;
            continue;
        }
        ++accepted;
        const QStringList want = onlyKnownAttributes(qtTokens(xml, &qtOk));
        QVERIFY2(qtOk, xml.constData());
        QVERIFY2(got == want, xml.constData());
    }
    QVERIFY(accepted > 500);
    QVERIFY(refused > 500);
}

// A worksheet the scanner refuses (here a DOCTYPE) is still read, by QXmlStreamReader; a damaged
// one is refused with Qt's message and its line.
void TestXmlScanner::refusedPartsAreReadByQt()
{
    const QByteArray workbook
        = test::readAll(test::dataPath(QStringLiteral("exchange/libxlsxwriter.xlsx")));
    QVERIFY(!workbook.isEmpty());
    XlsxReader plain;
    QVERIFY2(plain.readData(workbook, QStringLiteral("a.xlsx")), qPrintable(plain.errorString()));

    SafeZipReader zip;
    QVERIFY(zip.readData(workbook, QStringLiteral("a.xlsx")));
    const QString sheetPath = QStringLiteral("xl/worksheets/sheet1.xml");
    QVERIFY(zip.contains(sheetPath));
    QByteArray sheet = zip.data(sheetPath);
    const qsizetype root = sheet.indexOf("<worksheet");
    QVERIFY(root > 0);
    QByteArray withDoctype = sheet;
    withDoctype.insert(root, "<!DOCTYPE worksheet>");
    bool ok = true;
    scannerTokens(withDoctype, &ok);
    QVERIFY(!ok);

    QTemporaryDir dir;
    auto rewrite = [&](const QByteArray &newSheet) {
        const QString path = dir.filePath(QStringLiteral("rewritten.xlsx"));
        ZipWriter writer;
        bool written = writer.open(path);
        for (const QString &name : zip.names())
            written = written && writer.addFile(name, name == sheetPath ? newSheet : zip.data(name));
        return written && writer.commit() ? test::readAll(path) : QByteArray();
    };
    XlsxReader fallback;
    QVERIFY2(fallback.readData(rewrite(withDoctype), QStringLiteral("b.xlsx")),
             qPrintable(fallback.errorString()));
    QCOMPARE(fallback.sheets().size(), plain.sheets().size());
    QCOMPARE(fallback.sheets().first().rows, plain.sheets().first().rows);

    QByteArray damaged = sheet;
    damaged.replace("</row>", "</rw>");
    XlsxReader broken;
    QVERIFY(!broken.readData(rewrite(damaged), QStringLiteral("c.xlsx")));
    QVERIFY2(broken.errorString().contains(QLatin1String("line")), qPrintable(broken.errorString()));
}

QTEST_GUILESS_MAIN(TestXmlScanner)
#include "tst_xmlscanner.moc"
