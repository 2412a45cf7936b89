// CsvWriter and the services report: RFC 4180 quoting, UTF-8, the formula guard,
// the csv-spectrum conformance cases (tests/data/csv-spectrum, BSD-2-Clause) and the
// services export of the example inventory.

#include "CsvWriter.h"
#include "Database.h"
#include "ExampleInventory.h"
#include "ServiceReport.h"
#include "Store.h"
#include "TestSupport.h"
#include "Utf8.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using steward::test::parseCsv;

namespace {

QString spectrumDir()
{
    return QStringLiteral(STEWARD_TEST_DATA_DIR "/csv-spectrum");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray written(const QVector<QStringList> &rows, bool guard = false)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.setFormulaGuard(guard);
    for (const QStringList &row : rows) {
        if (!writer.writeRow(row))
            return QByteArrayLiteral("<write failed>");
    }
    return buffer.data();
}

/// The records of a spectrum JSON file (an array of objects, or one object), as
/// field lists in the order of @p header.
QVector<QStringList> jsonRecords(const QByteArray &json, const QStringList &header, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    *ok = error.error == QJsonParseError::NoError;
    QVector<QJsonObject> objects;
    if (doc.isArray()) {
        const QJsonArray array = doc.array();
        for (const QJsonValue &v : array)
            objects << v.toObject();
    } else if (doc.isObject()) {
        objects << doc.object();
    }
    QVector<QStringList> records;
    for (const QJsonObject &object : objects) {
        if (object.size() != header.size())
            *ok = false;
        QStringList record;
        for (const QString &key : header) {
            if (!object.contains(key))
                *ok = false;
            record << object.value(key).toString();
        }
        records << record;
    }
    return records;
}

} // namespace

class TestCsv final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escape_data();
    void escape();
    void rowsEndWithCrlf();
    void utf8WithoutBom();
    void formulaGuard_data();
    void formulaGuard();
    void formulaGuardIsOffByDefault();
    void writeErrorIsReported();
    void roundTripOfAwkwardFields();
    void utf8CellsAreWrittenAsTheirText();
    void quotingAtEveryPosition();
    void bufferedRowsWaitForFlush();
    void utf8Encoding_data();
    void utf8Encoding();
    void sqliteStableUtf8_data();
    void sqliteStableUtf8();

    void spectrumParser_data();
    void spectrumParser();
    void spectrumRoundTrip_data();
    void spectrumRoundTrip();

    void servicesReport();
};

void TestCsv::escape_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("docs.python.org") << QStringLiteral("docs.python.org");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces kept, not quoted") << QStringLiteral(" a b ") << QStringLiteral(" a b ");
    QTest::newRow("semicolon") << QStringLiteral("a; b") << QStringLiteral("a; b");
    QTest::newRow("comma") << QStringLiteral("Anytown, WW") << QStringLiteral("\"Anytown, WW\"");
    QTest::newRow("quote") << QStringLiteral("ha \"ha\" ha") << QStringLiteral("\"ha \"\"ha\"\" ha\"");
    QTest::newRow("only a quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
    QTest::newRow("LF") << QStringLiteral("line\nbreak") << QStringLiteral("\"line\nbreak\"");
    QTest::newRow("CR") << QStringLiteral("line\rbreak") << QStringLiteral("\"line\rbreak\"");
    QTest::newRow("CRLF") << QStringLiteral("line\r\nbreak") << QStringLiteral("\"line\r\nbreak\"");
    QTest::newRow("all of them") << QStringLiteral("a,\"b\"\r\nc") << QStringLiteral("\"a,\"\"b\"\"\r\nc\"");
    QTest::newRow("UTF-8 alone") << QStringLiteral("Marc-Andr\u00e9 Lemburg")
                                 << QStringLiteral("Marc-Andr\u00e9 Lemburg");
    QTest::newRow("UTF-8 with comma") << QStringLiteral("\u02a4,\u00e9") << QStringLiteral("\"\u02a4,\u00e9\"");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a\tb");
}

void TestCsv::escape()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::escape(field), expected);
}

void TestCsv::rowsEndWithCrlf()
{
    const QByteArray bytes = written({{QStringLiteral("name"), QStringLiteral("url")},
                                      {QStringLiteral("docs.python.org"), QStringLiteral("https://docs.python.org")},
                                      {QString(), QString(), QString()},
                                      {QStringLiteral("one")}});
    QCOMPARE(bytes, QByteArray("name,url\r\ndocs.python.org,https://docs.python.org\r\n,,\r\none\r\n"));
}

void TestCsv::utf8WithoutBom()
{
    const QByteArray bytes = written({{QStringLiteral("Marc-Andr\u00e9 Lemburg"), QStringLiteral("\u02a4"),
                                       QString::fromUtf8("\xf0\x9f\x90\x8d"), QStringLiteral("a,\u00e9")}});
    QCOMPARE(bytes, QByteArray("Marc-Andr\xc3\xa9 Lemburg,\xca\xa4,\xf0\x9f\x90\x8d,\"a,\xc3\xa9\"\r\n"));
}

void TestCsv::formulaGuard_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://evil\")")
                       << QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    QTest::newRow("+") << QStringLiteral("+1+1") << QStringLiteral("'+1+1");
    QTest::newRow("-") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("CR") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("= with comma") << QStringLiteral("=1,2") << QStringLiteral("\"'=1,2\"");
    QTest::newRow("inside is fine") << QStringLiteral("a=b+c-d@e") << QStringLiteral("a=b+c-d@e");
    QTest::newRow("leading space") << QStringLiteral(" =1") << QStringLiteral(" =1");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("quote first") << QStringLiteral("'=1") << QStringLiteral("'=1");
}

void TestCsv::formulaGuard()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const QByteArray bytes = written({{field, QStringLiteral("x")}}, true);
    QCOMPARE(QString::fromUtf8(bytes), expected + QStringLiteral(",x\r\n"));
    // Read back, the guarded field is the original with one leading quote at most.
    QVector<QStringList> records;
    QVERIFY(parseCsv(QString::fromUtf8(bytes), &records));
    QCOMPARE(records.size(), 1);
    const QString back = records.first().first();
    QVERIFY(back == field || back == QLatin1Char('\'') + field);
}

void TestCsv::formulaGuardIsOffByDefault()
{
    QCOMPARE(written({{QStringLiteral("=1+1"), QStringLiteral("-5"), QStringLiteral("@x")}}),
             QByteArray("=1+1,-5,@x\r\n"));
}

void TestCsv::writeErrorIsReported()
{
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): device not open");
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QBuffer closed;
    CsvWriter writer(&closed);
    QVERIFY(!writer.writeRow({QStringLiteral("a")}));
    QVERIFY(!writer.errorString().isEmpty());

    QByteArray data("existing");
    QBuffer readOnly(&data);
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    CsvWriter second(&readOnly);
    QVERIFY(!second.writeRow({QStringLiteral("a")}));
    QVERIFY(!second.errorString().isEmpty());
    QCOMPARE(data, QByteArray("existing"));
}

void TestCsv::utf8CellsAreWrittenAsTheirText()
{
    // The services report writes UTF-8 cells as SQLite holds them: the same bytes as
    // the QString row, in every mode.
    const QStringList fields = {QStringLiteral("=1+1"),
                                QStringLiteral("a,\"b\"\r\nc"),
                                QString(),
                                QStringLiteral("\tx"),
                                QStringLiteral("Zo\u00eb \U0001F600"),
                                QStringLiteral("-\"q\""),
                                QStringLiteral("\r"),
                                QStringLiteral("plain")};
    for (const bool guard : {false, true}) {
        for (const bool bom : {false, true}) {
            QBuffer text, bytes;
            text.open(QIODevice::WriteOnly);
            bytes.open(QIODevice::WriteOnly);
            CsvWriter a(&text), b(&bytes);
            a.setFormulaGuard(guard);
            b.setFormulaGuard(guard);
            a.setByteOrderMark(bom);
            b.setByteOrderMark(bom);
            QVector<QByteArray> encoded;
            for (const QString &f : fields)
                encoded << f.toUtf8();
            QVector<QByteArrayView> cells(encoded.cbegin(), encoded.cend());
            for (int row = 0; row < 2; ++row) {
                QVERIFY(a.writeRow(fields));
                QVERIFY(b.writeRow(cells.constData(), cells.size()));
            }
            QCOMPARE(bytes.data(), text.data());
        }
    }
}

void TestCsv::quotingAtEveryPosition()
{
    // The writer looks for the bytes that need quotes sixteen at a time in its own
    // copy of the cell: each of them at every position of cells of 0 to 40 bytes, with
    // and without the formula guard, in rows of several cells, against the rule.
    const auto expected = [](const QByteArray &cell, bool guard) {
        QByteArray text = cell;
        if (guard && !cell.isEmpty() && QByteArray("=+-@\t\r").contains(cell.front()))
            text.prepend('\'');
        const bool quoted = cell.contains(',') || cell.contains('"') || cell.contains('\r') || cell.contains('\n');
        return quoted ? '"' + text.replace('"', "\"\"") + '"' : text;
    };
    for (const bool guard : {false, true}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        writer.setFormulaGuard(guard);
        QByteArray wanted;
        for (int length = 0; length <= 40; ++length) {
            for (const char special : {',', '"', '\r', '\n', 'x'}) {
                for (int at = 0; at < std::max(length, 1); ++at) {
                    QByteArray cell(length, 'a');
                    if (length > 0) {
                        cell[at] = special;
                        cell[0] = at == 0 ? special : (length % 3 == 0 ? '=' : 'b');
                    }
                    const QByteArray plain(length % 17, 'p');
                    const QByteArrayView cells[] = {plain, cell, plain};
                    QVERIFY(writer.writeRow(cells, 3));
                    wanted +=
                        expected(plain, guard) + ',' + expected(cell, guard) + ',' + expected(plain, guard) + "\r\n";
                }
            }
        }
        QVERIFY(writer.flush());
        QCOMPARE(buffer.data(), wanted);
    }
}

void TestCsv::bufferedRowsWaitForFlush()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer);
        writer.setBufferSize(1 << 20);
        writer.setByteOrderMark(true);
        QVERIFY(writer.writeRow({QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(writer.writeRow({QStringLiteral("c")}));
        QCOMPARE(buffer.data(), QByteArray());
        QVERIFY(writer.flush());
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF"
                                           "a,b\r\nc\r\n"));
        QVERIFY(writer.writeRow({QStringLiteral("d")}));
    }
    // What was held when the writer went is written.
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF"
                                       "a,b\r\nc\r\nd\r\n"));

    // A small buffer writes whenever it fills; a failure shows where the write happens.
    QBuffer small;
    small.open(QIODevice::WriteOnly);
    CsvWriter writer(&small);
    writer.setBufferSize(8);
    QVERIFY(writer.writeRow({QStringLiteral("ab")}));
    QCOMPARE(small.data(), QByteArray());
    QVERIFY(writer.writeRow({QStringLiteral("cdefgh")}));
    QCOMPARE(small.data(), QByteArray("ab\r\ncdefgh\r\n"));

    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QByteArray data("existing");
    QBuffer readOnly(&data);
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    CsvWriter failing(&readOnly);
    failing.setBufferSize(1 << 20);
    QVERIFY(failing.writeRow({QStringLiteral("a")}));
    QVERIFY(!failing.flush());
    QVERIFY(!failing.errorString().isEmpty());
    QCOMPARE(data, QByteArray("existing"));
}

void TestCsv::utf8Encoding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("ASCII") << QStringLiteral("a,b") << QByteArray("a,b");
    QTest::newRow("two bytes") << QStringLiteral("\u00e9") << QByteArray("\xC3\xA9");
    QTest::newRow("three bytes") << QStringLiteral("\u65e5") << QByteArray("\xE6\x97\xA5");
    QTest::newRow("outside the BMP") << QStringLiteral("\U0001F600") << QByteArray("\xF0\x9F\x98\x80");
    QTest::newRow("NUL") << QString(QChar(0)) << QByteArray("\0", 1);
    QTest::newRow("lone high surrogate") << (QString(QChar(0xD800)) + QLatin1Char('a'))
                                         << QByteArray("\xEF\xBF\xBD"
                                                       "a");
    QTest::newRow("lone low surrogate at the end")
        << (QStringLiteral("a") + QChar(0xDC00)) << QByteArray("a\xEF\xBF\xBD");
}

void TestCsv::utf8Encoding()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QByteArray out("x");
    utf8::append(&out, text);
    QCOMPARE(out, QByteArray("x") + expected);
}

void TestCsv::sqliteStableUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("stable");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("ASCII and NUL") << QByteArray("a\0b", 3) << true;
    QTest::newRow("two, three, four bytes") << QByteArray("\xC3\xA9\xE6\x97\xA5\xF0\x9F\x98\x80") << true;
    QTest::newRow("U+10FFFF") << QByteArray("\xF4\x8F\xBF\xBF") << true;
    QTest::newRow("U+FFFD") << QByteArray("\xEF\xBF\xBD") << true;
    QTest::newRow("cut short") << QByteArray("a\xC3") << false;
    QTest::newRow("cut short in four") << QByteArray("\xF0\x9F\x98") << false;
    QTest::newRow("lone continuation") << QByteArray("\x80") << false;
    QTest::newRow("overlong two") << QByteArray("\xC0\xAF") << false;
    QTest::newRow("overlong three") << QByteArray("\xE0\x9F\xBF") << false;
    QTest::newRow("overlong four") << QByteArray("\xF0\x8F\xBF\xBF") << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("U+FFFE") << QByteArray("\xEF\xBF\xBE") << false;
    QTest::newRow("U+FFFF") << QByteArray("\xEF\xBF\xBF") << false;
    QTest::newRow("continuation missing") << QByteArray("\xE6\x97"
                                                        "a")
                                          << false;
}

void TestCsv::sqliteStableUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, stable);
    QCOMPARE(utf8::isSqliteStable(bytes), stable);
}

void TestCsv::roundTripOfAwkwardFields()
{
    const QVector<QStringList> rows = {
        {QStringLiteral("name"), QStringLiteral("notes")},
        {QStringLiteral("a,b"), QStringLiteral("say \"hi\"")},
        {QStringLiteral("multi\nline"), QStringLiteral("windows\r\nline")},
        {QStringLiteral("\"\""), QStringLiteral(",")},
        {QString(), QStringLiteral("Marc-Andr\u00e9, \u02a4")},
        {QStringLiteral("trailing comma,"), QStringLiteral("\rlead CR")},
    };
    QVector<QStringList> back;
    QVERIFY(parseCsv(QString::fromUtf8(written(rows)), &back));
    QCOMPARE(back, rows);
}

void TestCsv::spectrumParser_data()
{
    QTest::addColumn<QString>("name");
    const QStringList files =
        QDir(spectrumDir() + QStringLiteral("/csvs")).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 12);
    for (const QString &file : files) {
        const QString name = file.chopped(4);
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestCsv::spectrumParser()
{
    // The test's own reader agrees with the spectrum, so the round trip below means something.
    QFETCH(QString, name);
    const QByteArray csv = readFile(spectrumDir() + QStringLiteral("/csvs/") + name + QStringLiteral(".csv"));
    const QByteArray json = readFile(spectrumDir() + QStringLiteral("/json/") + name + QStringLiteral(".json"));
    QVERIFY(!csv.isEmpty());
    QVERIFY(!json.isEmpty());
    QVector<QStringList> records;
    QVERIFY(parseCsv(QString::fromUtf8(csv), &records));
    QVERIFY(!records.isEmpty());
    const QStringList header = records.takeFirst();
    bool ok = false;
    QVector<QStringList> expected = jsonRecords(json, header, &ok);
    QVERIFY(ok);
    if (name == QLatin1String("location_coordinates")) {
        // Upstream erratum (see tests/data/csv-spectrum/NOTICE): the JSON's phone number
        // is not the CSV's.
        QCOMPARE(expected.first().first(), QStringLiteral("1234567890"));
        expected.first().first() = QStringLiteral("2095257564");
    }
    QCOMPARE(records, expected);
}

void TestCsv::spectrumRoundTrip_data()
{
    spectrumParser_data();
}

void TestCsv::spectrumRoundTrip()
{
    // Every case: the expected records, written by CsvWriter, read back unchanged.
    QFETCH(QString, name);
    const QByteArray csv = readFile(spectrumDir() + QStringLiteral("/csvs/") + name + QStringLiteral(".csv"));
    const QByteArray json = readFile(spectrumDir() + QStringLiteral("/json/") + name + QStringLiteral(".json"));
    QVector<QStringList> original;
    QVERIFY(parseCsv(QString::fromUtf8(csv), &original));
    const QStringList header = original.first();
    bool ok = false;
    const QVector<QStringList> records = jsonRecords(json, header, &ok);
    QVERIFY(ok);
    QVERIFY(!records.isEmpty());

    const QByteArray bytes = written(QVector<QStringList>{header} + records);
    QVERIFY(bytes.endsWith("\r\n"));
    QVERIFY(QString::fromUtf8(bytes).toUtf8() == bytes); // valid UTF-8
    QVector<QStringList> back;
    QVERIFY(parseCsv(QString::fromUtf8(bytes), &back));
    QCOMPARE(back.size(), records.size() + 1);
    QCOMPARE(back.takeFirst(), header);
    QCOMPARE(back, records);

    // Where the spectrum's file is already minimal RFC 4180 with CRLF, the bytes match too.
    if (name == QLatin1String("simple_crlf"))
        QCOMPARE(bytes, csv);
}

void TestCsv::servicesReport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db;
    QVERIFY(db.create(dir.filePath(QStringLiteral("psf.sqlite"))));
    Store store(db);
    QString error;
    QVERIFY2(ExampleInventory::populate(store, &error), qPrintable(error));

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY2(ServiceReport::write(store, &buffer, &error), qPrintable(error));
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith("name,url,status,provider,host,owners,"));
    QVERIFY(bytes.endsWith("\r\n"));
    QVERIFY(!bytes.startsWith("\xef\xbb\xbf"));

    QVector<QStringList> records;
    QVERIFY(parseCsv(QString::fromUtf8(bytes), &records));
    QCOMPARE(records.size(), 1 + 15);
    const QStringList header = records.takeFirst();
    QCOMPARE(header, ServiceReport::header());
    QCOMPARE(header.mid(0, 6),
             (QStringList{QStringLiteral("name"), QStringLiteral("url"), QStringLiteral("status"),
                          QStringLiteral("provider"), QStringLiteral("host"), QStringLiteral("owners")}));
    QHash<QString, QStringList> byName;
    for (const QStringList &r : records) {
        QCOMPARE(r.size(), header.size());
        byName.insert(r.first(), r);
    }
    QCOMPARE(byName.size(), 15);
    const auto field = [&](const QString &service, const char *column) {
        return byName.value(service).value(header.indexOf(QString::fromLatin1(column)));
    };

    const QStringList docs = byName.value(QStringLiteral("docs.python.org"));
    QCOMPARE(docs, (QStringList{QStringLiteral("docs.python.org"), QStringLiteral("https://docs.python.org"),
                                QStringLiteral("active"), QStringLiteral("Rackspace"),
                                QStringLiteral("Rackspace VM for docs.python.org"),
                                QStringLiteral("Benjamin Peterson; Georg Brandl"), QString(), QString(),
                                QStringLiteral("Fastly"), QStringLiteral("The Python documentation."),
                                // Appended after the first ten: who to contact first, the escalation
                                // contacts (ContactResolver's order), the source and the notes.
                                QStringLiteral("Benjamin Peterson"),
                                QStringLiteral("infrastructure-staff@python.org; #python-infra"), docs.value(12),
                                docs.value(13),
                                // Then every host it runs on, its aliases and tags.
                                QStringLiteral("Rackspace VM for docs.python.org"), QString(), QString()}));
    // And as bytes: nothing in the first ten columns of that row needs quoting.
    QVERIFY(bytes.contains("\r\ndocs.python.org,https://docs.python.org,active,Rackspace,Rackspace VM for "
                           "docs.python.org,Benjamin Peterson; Georg Brandl,,,Fastly,The Python documentation.,"));

    QCOMPARE(field(QStringLiteral("PyPI"), "provider"), QStringLiteral("Rackspace"));
    QCOMPARE(field(QStringLiteral("PyPI"), "host"), QString());
    // By name within one priority and role, not in the order they were assigned.
    QCOMPARE(field(QStringLiteral("PyPI"), "maintainers"),
             QStringLiteral("Donald Stufft; Ernest W. Durbin III; Richard Jones"));
    QCOMPARE(field(QStringLiteral("PyPI"), "served_through"), QStringLiteral("Fastly"));
    QCOMPARE(field(QStringLiteral("Buildbot"), "provider"), QString());
    QCOMPARE(field(QStringLiteral("Buildbot"), "host"), QString());
    QCOMPARE(field(QStringLiteral("Buildbot"), "owners"), QStringLiteral("Antoine Pitrou; python-dev@python.org"));
    QCOMPARE(field(QStringLiteral("planet.python.org"), "status"), QStringLiteral("needs-move"));
    QCOMPARE(field(QStringLiteral("planet.python.org"), "host"), QStringLiteral("dinsdale"));
    QCOMPARE(field(QStringLiteral("planet.python.org"), "provider"), QStringLiteral("XS4ALL"));
    QCOMPARE(field(QStringLiteral("planet.python.org"), "owners"), QString());
    QCOMPARE(field(QStringLiteral("legacy.python.org"), "status"), QStringLiteral("legacy"));
    QCOMPARE(field(QStringLiteral("staging.python.org"), "status"), QStringLiteral("staging"));
    QCOMPARE(field(QStringLiteral("wiki.python.org"), "owners"), QStringLiteral("Marc-Andr\u00e9 Lemburg"));
    QVERIFY(bytes.contains("Marc-Andr\xc3\xa9 Lemburg"));
    QCOMPARE(field(QStringLiteral("mail.python.org"), "contacts"), QStringLiteral("postmaster@python.org"));
    QCOMPARE(field(QStringLiteral("www.python.org"), "served_through"), QStringLiteral("Fastly"));
    QCOMPARE(field(QStringLiteral("Python downloads"), "served_through"), QStringLiteral("Fastly"));
    QCOMPARE(field(QStringLiteral("hg.python.org"), "served_through"), QString());
    // The mail description has a comma: quoted, and read back whole.
    QCOMPARE(field(QStringLiteral("mail.python.org"), "description"),
             QStringLiteral("The python.org Mailman (http://list.org) instance, as well as SMTP (Postfix)."));

    // Inactive assignments are left out; a formula-looking name is guarded.
    Contact sneaky;
    sneaky.name = QStringLiteral("=cmd|' /C calc'!A0");
    QVERIFY(store.createContact(sneaky, &error));
    Assignment a;
    a.itemId = test::must(store.findItemsByName(QStringLiteral("planet.python.org"), test::readError())).first().id;
    a.contactId = sneaky.id;
    QVERIFY(store.addAssignment(a, &error));
    Assignment gone;
    gone.itemId = a.itemId;
    gone.contactId = test::must(store.findContactsByName(QStringLiteral("Georg Brandl"), test::readError())).first().id;
    gone.priority = Priority::Inactive;
    QVERIFY(store.addAssignment(gone, &error));
    QBuffer again;
    QVERIFY(again.open(QIODevice::WriteOnly));
    QVERIFY(ServiceReport::write(store, &again, &error));
    QVERIFY(parseCsv(QString::fromUtf8(again.data()), &records));
    for (const QStringList &r : std::as_const(records)) {
        if (r.first() == QLatin1String("planet.python.org"))
            QCOMPARE(r.at(header.indexOf(QStringLiteral("owners"))), QStringLiteral("'=cmd|' /C calc'!A0"));
    }
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
